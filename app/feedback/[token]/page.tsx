import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { countLinkGuess } from "@/app/_server/limits";
import { getDb } from "@/db/client";
import { sharedStatus } from "@/db/queries/feedback";
import { getOrgSettings } from "@/db/queries/settings";
import { findActiveFeedbackLink } from "@/db/writes/feedback";
import { hashToken, looksLikeToken } from "@/lib/auth/tokens";
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
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-10 focus:outline-none">
      <p className="text-sm font-semibold uppercase tracking-wide text-indigo-700">{settings.organisationName}</p>
      <h1 className="mt-1 text-2xl font-semibold">Is anything not working for you?</h1>
      <p className="mt-2 text-slate-600">Tell us, even if it seems small. It goes straight to the team, and we will come back to you.</p>
      <div className="mt-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <FeedbackForm token={token} />
      </div>
      <StatusList entries={status} timeZone={settings.timeZone} />
    </main>
  );
}
