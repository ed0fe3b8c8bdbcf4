import type { ReactNode } from "react";
import { SkipLink } from "@/app/_components/skip-link";
import { requireActor } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { inboxScope } from "@/db/queries/inbox";
import { inboxTotal } from "@/db/queries/inbox-total";
import { unreadNotices } from "@/db/queries/notices";
import { getOrgSettings } from "@/db/queries/settings";
import { AppNav } from "./_components/app-nav";

function clock() {
  return Date.now();
}

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const db = getDb();
  // "Needs me" in the navigation: one counting statement on every page.
  const waiting = inboxTotal(db, inboxScope(actor, clock(), (await getOrgSettings(db)).timeZone));
  return (
    <div className="min-h-screen">
      <SkipLink />
      <AppNav actor={actor} waiting={waiting} unread={actor.id === null ? 0 : unreadNotices(db, actor.id)} />
      {/* tabIndex -1: the skip link moves focus here, not only the scroll position. */}
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
