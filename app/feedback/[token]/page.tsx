import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { countLinkGuess } from "@/app/_server/limits";
import { getDb } from "@/db/client";
import { sharedStatus } from "@/db/queries/feedback";
import { getOrgSettings } from "@/db/queries/settings";
import { findActiveFeedbackLink } from "@/db/writes/feedback";
import { nowAsLocalInput } from "@/app/_server/viewer";
import { hashToken, looksLikeToken } from "@/lib/auth/tokens";
import { zoneName } from "@/lib/time/zone-name";
import { FeedbackForm } from "./feedback-form";
import { StatusList } from "./status-list";

export const metadata: Metadata = { title: "Is anything not working for you?", robots: { index: false, follow: false } };

/** The client's own page, no sign-in: a short form, and the status of what we share with them. */
export default async function FeedbackPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = getDb();
  const link = looksLikeToken(token) ? findActiveFeedbackLink(db, hashToken(token)) : null;
  if (!link) {
    // A link nobody holds is a guess: counted, and proxy.ts makes a guessing address wait.
    await countLinkGuess();
    notFound();
  }
  const [settings, status] = await Promise.all([getOrgSettings(db), sharedStatus(db, link.clientId)]);
  const zone = zoneName(settings.timeZone);
  return (
    <>
      {/* Whose page this is: the organisation the client deals with, named as in its settings. */}
      <header className="border-b border-slate-200 bg-white">
        <p className="mx-auto max-w-2xl px-4 py-3 text-base font-semibold text-indigo-800">{settings.organisationName}</p>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-8 focus:outline-none">
        <h1 className="text-2xl font-semibold">Is anything not working for you?</h1>
        <p className="mt-2 text-slate-600">Tell us, even if it seems small. It goes straight to the team at {settings.organisationName}, and we will come back to you.</p>
        <div className="mt-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <FeedbackForm token={token} zoneName={zone} max={nowAsLocalInput(settings.timeZone)} />
        </div>
        <StatusList entries={status} timeZone={settings.timeZone} />
      </main>
    </>
  );
}
