import type { ReactNode } from "react";
import { requireActor } from "@/app/_server/session";
import { AppNav } from "./_components/app-nav";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  return (
    <div className="min-h-screen">
      <AppNav actor={actor} />
      <main className="mx-auto max-w-7xl px-4 py-8">{children}</main>
    </div>
  );
}
