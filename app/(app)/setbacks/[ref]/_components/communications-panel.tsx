import Link from "next/link";
import { RecordForm } from "@/app/_components/record-form";
import { callsFirst } from "@/lib/setbacks/call-script";
import { promisedByText } from "@/lib/setbacks/promise-text";
import { labelOf } from "@/lib/setbacks/vocabulary";
import { formatDateTime, toLocalDate, toLocalInputValue } from "@/lib/time/zoned";
import { logCommunicationAction } from "../actions";
import { CHECKLIST, communicationFields } from "./communication-fields";
import { callToConfirm, chooseDraft, type DraftMode } from "./communication-draft";
import type { PanelContext } from "./page-context";
import { DraftDisclosure } from "./draft-disclosure";
import { DraftHints } from "./draft-hints";
import { Disclosure, Panel } from "./panel";

/** Logging a draft closes it: the URL loses ?draft= (a reload or going back does not redraft it), and ?log= with it. */
const DRAFT_PARAMS = ["draft", "log"];

/** The audit trail's heart: every message to and from the client, append-only. */
export function CommunicationsPanel(ctx: PanelContext & { draftMode: DraftMode | null; correcting: number | null }) {
  const { setback, records, timeZone, nowLocal } = ctx;
  const contacts = records.contacts.map((c) => ({ value: c.id, label: c.name }));
  const notified = records.lifecycle.outboundCommunications > 0;
  const draft = chooseDraft(ctx, ctx.draftMode);
  const confirm = !draft && callToConfirm(ctx);
  return (
    <Panel id="communications" title="Communications" summary={notified ? "The client has been told." : "The client has not been told yet."}>
      {records.communications.length === 0 ? <p className="text-sm text-slate-600">Nothing sent or received yet.</p> : null}
      <ol className="space-y-3">
        {records.communications.map((c) => (
          <li key={c.id} id={`communication-${c.id}`} className={`rounded-md border p-3 ${c.correctedById ? "border-amber-300 bg-amber-50" : "border-slate-200"}`}>
            <p className="text-xs text-slate-500">
              {c.channel === "web_form" && c.direction === "inbound" && c.author === null
                ? // Sent by the client themselves: nobody on the team wrote it, so it says who it is from.
                  `${labelOf(c.direction)} · ${labelOf(c.channel)} · ${formatDateTime(c.occurredAt, timeZone)} · From ${c.contact ?? ctx.clientName} via the client link`
                : `${labelOf(c.direction)} · ${labelOf(c.channel)} · ${c.contact ?? "no named contact"} · ${formatDateTime(c.occurredAt, timeZone)} · by ${c.author ?? "—"}`}
              {c.shownToClient ? <span className="ml-2 font-semibold text-emerald-800">Shown to the client</span> : null}
              {c.correctedById ? <span className="ml-2 font-semibold text-amber-800">Corrected by a later entry</span> : null}
              {c.correctsId ? <span className="ml-2 font-semibold text-indigo-800">Correction of an earlier entry</span> : null}
            </p>
            <p className="font-medium">{c.summary}</p>
            {c.body ? <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{c.body}</p> : null}
            {c.promise ? (
              <p className="mt-1 text-sm">
                Promised: {c.promise}
                {c.promiseDueAt ? ` (by ${promisedByText({ dueAt: c.promiseDueAt, dueDay: c.promiseDueDay }, timeZone)})` : ""}
              </p>
            ) : null}
            {/* The checklist is what we said: shown for what we sent, and for a received one only if someone ticked it. */}
            {c.direction === "outbound" || CHECKLIST.some(([k]) => c[k]) ? (
              <p className="mt-1 text-xs text-slate-600">
                {CHECKLIST.filter(([k]) => c[k]).map(([, label]) => `✓ ${label}`).join(" · ") || "No checklist item ticked"} · Reaction: {labelOf(c.reaction)}
              </p>
            ) : null}
            {c.correctedById ? null : c.id !== ctx.correcting ? (
              // One correction form at a time, on request: a long trail would otherwise carry a form per entry.
              <Link href={`?correct=${c.id}#communication-${c.id}`} className="mt-2 inline-block text-sm font-medium text-indigo-700 hover:underline">
                Correct this entry
              </Link>
            ) : (
              <div className="mt-2">
                <Disclosure label="Correct this entry" open>
                  <RecordForm
                    action={logCommunicationAction}
                    idPrefix={`correct-${c.id}`}
                    label={`Correct: ${c.summary}`}
                    hidden={{ setbackId: setback.id, correctsId: c.id, timeZone }}
                    submitLabel="Log the correction"
                    fields={communicationFields(contacts, nowLocal, {
                      direction: c.direction,
                      channel: c.channel,
                      contactId: c.contactId ? String(c.contactId) : "",
                      occurredAt: toLocalInputValue(c.occurredAt, timeZone),
                      summary: c.summary,
                      body: c.body,
                      promise: c.promise,
                      promiseDueAt: c.promiseDueDay ?? (c.promiseDueAt ? toLocalDate(c.promiseDueAt, timeZone) : ""),
                      checks: Object.fromEntries(CHECKLIST.map(([k]) => [k, c[k]])),
                      reaction: c.reaction,
                      shownToClient: c.shownToClient,
                    })}
                  />
                </Disclosure>
              </div>
            )}
          </li>
        ))}
      </ol>
      {!notified && !draft ? (
        <Link href={`/setbacks/${setback.reference}?draft=1#log-communication`} className="inline-block rounded-md border border-indigo-300 px-3 py-1.5 text-sm font-medium text-indigo-700 hover:bg-indigo-50">
          {callsFirst(setback.severity) ? "Draft the call script" : "Draft the first notification"}
        </Link>
      ) : null}
      {confirm ? (
        <Link href={`/setbacks/${setback.reference}?draft=written#log-communication`} className="inline-block rounded-md border border-indigo-300 px-3 py-1.5 text-sm font-medium text-indigo-700 hover:bg-indigo-50">
          Confirm in writing
        </Link>
      ) : null}
      <div id="log-communication" className="scroll-mt-6">
        <DraftDisclosure label={draft ? (draft.kind === "call" ? "Log the call" : "Log the drafted notification") : "Log a communication"} open={Boolean(draft)}>
          {draft ? (
            <div className="mb-3 rounded-md bg-indigo-50 p-3 text-sm text-indigo-900">
              <p>
                {draft.channelAdvice} Edit the {draft.kind === "call" ? "script into what was said" : "draft"}, fill in or remove each [[gap]], then tick what you actually did.
              </p>
              <DraftHints hints={draft.hints} />
            </div>
          ) : null}
          <RecordForm
            action={logCommunicationAction}
            idPrefix="log"
            label="Log a communication"
            hidden={{ setbackId: setback.id, timeZone }}
            submitLabel={draft?.kind === "call" ? "Log the call" : "Log communication"}
            clearParams={DRAFT_PARAMS}
            fields={communicationFields(
              contacts,
              nowLocal,
              draft
                ? {
                    channel: draft.channel,
                    summary: draft.summary,
                    body: draft.body,
                    promise: draft.promise,
                    promiseDueAt: toLocalDate(draft.promiseDueAt, timeZone),
                    suggests: { covers: draft.covers, kind: draft.kind },
                  }
                : {},
            )}
          />
        </DraftDisclosure>
      </div>
    </Panel>
  );
}
