import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { userOptions } from "@/db/queries/users";
import { ClientForm } from "../_components/client-form";

export const metadata: Metadata = { title: "New client" };

export default async function NewClientPage() {
  await requireActor("create:client:any");
  const owners = (await userOptions(getDb())).map((u) => ({ value: u.id, label: u.name }));
  return (
    <div className="max-w-xl">
      <PageHeader title="New client" />
      <ClientForm owners={owners} />
    </div>
  );
}
