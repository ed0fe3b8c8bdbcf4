import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/users";
import { labelOf } from "@/lib/setbacks/vocabulary";
import { NewUserForm } from "./_components/new-user-form";
import { UserRowControls } from "./_components/user-row-controls";

export const metadata: Metadata = { title: "Users" };

/** A column a phone does without: its value is shown under the name there. */
const WIDE = "hidden px-4 py-2 sm:table-cell";

export default async function UsersPage() {
  const actor = await requireActor("manage:user:any");
  const users = await listUsers(getDb());
  return (
    <>
      <PageHeader title="Users" subtitle="Deactivated users cannot sign in; what they did stays in the history." />
      {/* On a phone the table is two columns, who and what to do: the email and the status go
          under the name, and the role is the one in the role control, so nothing scrolls sideways. */}
      <div className="relative mb-10 overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium sm:px-4">Name</th>
              <th scope="col" className={`${WIDE} font-medium`}>Email</th>
              <th scope="col" className={`${WIDE} font-medium`}>Role</th>
              <th scope="col" className={`${WIDE} font-medium`}>Status</th>
              <th scope="col" className="px-3 py-2 font-medium sm:px-4"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((u) => (
              <tr key={u.id} className={`align-top sm:align-middle ${u.active ? "" : "text-slate-500"}`}>
                <td className="px-3 py-2 sm:px-4">
                  <span className="font-medium">{u.name}{u.id === actor.id ? " (you)" : ""}</span>
                  <span className="block break-all text-xs text-slate-600 sm:hidden">{u.email}</span>
                  <span className="block text-xs text-slate-600 sm:hidden">{labelOf(u.role)} · {u.active ? "Active" : "Deactivated"}</span>
                </td>
                <td className={WIDE}>{u.email}</td>
                <td className={WIDE}>{labelOf(u.role)}</td>
                <td className={WIDE}>{u.active ? "Active" : "Deactivated"}</td>
                <td className="px-3 py-2 sm:px-4">{u.id === actor.id ? null : <UserRowControls user={u} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="new-user-heading" className="max-w-2xl">
        <h2 id="new-user-heading" className="mb-3 text-lg font-semibold">Create a user</h2>
        <NewUserForm />
      </section>
    </>
  );
}
