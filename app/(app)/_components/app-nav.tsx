import Link from "next/link";
import { can } from "@/lib/auth/roles";
import type { Actor } from "@/lib/commands/command";
import { signOutAction } from "../actions";
import { NoticeBell } from "./notice-bell";

/** `waiting`: how many entries "Needs me" holds for this person (db/queries/inbox.ts); `unread`: their unread notices. */
export function AppNav({ actor, waiting, unread }: { actor: Actor; waiting: number; unread: number }) {
  const links = [
    { href: "/inbox", label: "Needs me", count: waiting },
    { href: "/board", label: "Board" },
    { href: "/follow-ups", label: "My follow-ups" },
    { href: "/setbacks", label: "Setbacks" },
    { href: "/clients", label: "Clients" },
    ...(can(actor.role, "read:report:any") ? [{ href: "/reports", label: "Reports" }] : []),
    ...(can(actor.role, "run:retrospective:any") ? [{ href: "/retrospectives", label: "Retrospectives" }] : []),
    ...(can(actor.role, "read:audit:any") ? [{ href: "/audit", label: "Audit" }] : []),
    ...(can(actor.role, "manage:user:any") ? [{ href: "/settings/users", label: "Users" }] : []),
    ...(can(actor.role, "manage:settings:any") ? [{ href: "/settings", label: "Settings" }] : []),
    { href: "/settings/tokens", label: "API tokens" },
  ];
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-semibold text-indigo-700">
          Amends
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap gap-4 text-sm">
          {links.map((l: { href: string; label: string; count?: number }) => (
            <Link key={l.href} href={l.href} className="text-slate-700 hover:text-indigo-700">
              {l.label}
              {l.count ? (
                <>
                  <span aria-hidden="true" className="ml-1 rounded-full bg-red-600 px-1.5 py-0.5 text-xs font-semibold text-white">
                    {l.count}
                  </span>
                  <span className="sr-only">, {l.count} waiting</span>
                </>
              ) : null}
            </Link>
          ))}
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <NoticeBell unread={unread} />
          <span className="text-slate-600">
            {actor.name} <span className="text-slate-500">({actor.role})</span>
          </span>
          <form action={signOutAction}>
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 text-slate-700 hover:bg-slate-50">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
