import type { FieldSpec } from "@/app/_components/record-form";
import type { Option } from "@/app/_components/field";
import { CHANNELS, REACTIONS, labelOf } from "@/lib/setbacks/vocabulary";

export interface CommunicationDefaults {
  direction?: string;
  channel?: string;
  contactId?: string;
  occurredAt?: string;
  summary?: string;
  body?: string;
  promise?: string;
  promiseDueAt?: string;
  /** The person's own ticks (a correction repeats those of the entry it corrects). */
  checks?: Partial<Record<CheckItem, boolean>>;
  /** What a draft covers: a hint beside each box, never a tick. */
  suggests?: { covers: Partial<Record<CheckItem, boolean>>; kind: "written" | "call" };
  reaction?: string;
  shownToClient?: boolean;
}

type CheckItem = (typeof CHECKLIST)[number][0];

/** "This draft apologises — tick it if you kept it." */
const SUGGESTS: Readonly<Record<CheckItem, string>> = {
  apologised: "apologises",
  explainedCause: "explains the cause",
  offeredRemedy: "offers a remedy or alternative",
  gaveTimeline: "gives a timeline",
  askedHowToHelp: "asks how we can help",
};

function suggestion(name: CheckItem, s: CommunicationDefaults["suggests"]): string | undefined {
  if (!s?.covers[name]) return undefined;
  return s.kind === "call" ? `The script ${SUGGESTS[name]} — tick it if you said it.` : `This draft ${SUGGESTS[name]} — tick it if you kept it.`;
}

export const CHECKLIST = [
  ["apologised", "Apologised"],
  ["explainedCause", "Explained the cause"],
  ["offeredRemedy", "Offered a remedy or alternative"],
  ["gaveTimeline", "Gave a timeline"],
  ["askedHowToHelp", "Asked how we can help"],
] as const;

/** The communication form's fields, for a new entry, a drafted one or a correction. */
export function communicationFields(contacts: Option[], nowLocal: string, d: CommunicationDefaults = {}): FieldSpec[] {
  return [
    { kind: "select", name: "direction", label: "Direction", required: true, options: [{ value: "outbound", label: "Outbound (to the client)" }, { value: "inbound", label: "Inbound (from the client)" }], defaultValue: d.direction ?? "outbound" },
    { kind: "select", name: "channel", label: "Channel", required: true, options: CHANNELS.map((c) => ({ value: c, label: labelOf(c) })), defaultValue: d.channel ?? "email" },
    { kind: "select", name: "contactId", label: "Client contact", options: contacts, placeholder: "Not a named contact", defaultValue: d.contactId ?? String(contacts[0]?.value ?? "") },
    { kind: "datetime", name: "occurredAt", label: "When", required: true, max: nowLocal, defaultValue: d.occurredAt ?? nowLocal },
    { kind: "text", name: "summary", label: "Summary", required: true, wide: true, defaultValue: d.summary },
    { kind: "textarea", name: "body", label: "Full text", defaultValue: d.body, rows: d.body ? 12 : 3, grow: Boolean(d.body) },
    { kind: "text", name: "promise", label: "What was promised", defaultValue: d.promise },
    { kind: "date", name: "promiseDueAt", label: "Promised by", defaultValue: d.promiseDueAt },
    ...CHECKLIST.map(([name, label]) => ({ kind: "checkbox" as const, name, label, hint: suggestion(name, d.suggests), defaultValue: d.checks?.[name] ? "on" : undefined })),
    { kind: "select", name: "reaction", label: "Client's reaction", options: REACTIONS.map((r) => ({ value: r, label: labelOf(r) })), defaultValue: d.reaction ?? "unknown" },
    // The client's status page shows the summary of the latest one so marked (app/feedback).
    { kind: "checkbox", name: "shownToClient", label: "Shown to the client", hint: "Its summary and date appear on the client's status page as their latest update", defaultValue: d.shownToClient ? "on" : undefined },
  ];
}
