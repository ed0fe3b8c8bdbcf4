// The words of PRODUCT.md, one list each; the schema, the forms and the API all use these.

export const STAGES = [
  "discovered",
  "notified",
  "remedying",
  "compensation",
  "follow_up",
  "review",
  "closed",
] as const;
export type Stage = (typeof STAGES)[number];

/** The severities a person assesses: what every form, filter and target offers. */
export const SEVERITIES = ["low", "medium", "high", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The faults a person assesses: what every form offers and the triage panel asks for. */
export const FAULTS = ["ours", "shared", "external", "client"] as const;
/**
 * What a setback may hold: also "not yet assessed", which a client's own report starts with
 * until a member triages it (docs/decisions/006: outside every fault breakdown until set).
 */
export const UNASSESSED = "unassessed" as const;
export const FAULT_VALUES = [...FAULTS, UNASSESSED] as const;
export type Fault = (typeof FAULT_VALUES)[number];
export type AssessedFault = (typeof FAULTS)[number];

/**
 * What a setback's severity may hold: also "not yet assessed", a client's own report until triage
 * (docs/decisions/013: its clocks run on the critical targets, it is outside severity breakdowns).
 */
export const SEVERITY_VALUES = [...SEVERITIES, UNASSESSED] as const;
export type SeverityValue = (typeof SEVERITY_VALUES)[number];
/** The targets an unassessed setback's clocks run on: the most urgent, since the client is waiting. */
export const UNASSESSED_CLOCKS: Severity = "critical";
/** The severity whose targets run a setback's clocks. */
export const clockSeverity = (severity: SeverityValue): Severity => (severity === UNASSESSED ? UNASSESSED_CLOCKS : severity);

/** The category a client's own report starts in, until triage (a row made by migration 0015). */
export const NEEDS_TRIAGE = "needs_triage" as const;

export const SOURCES = ["internal", "client"] as const;
export type Source = (typeof SOURCES)[number];

export const DIRECTIONS = ["outbound", "inbound"] as const;
/** `web_form`: what a client sends through their private link (app/feedback). */
export const CHANNELS = ["in_person", "phone", "video", "email", "chat", "letter", "sms", "web_form"] as const;
export type Channel = (typeof CHANNELS)[number];
export const PERSONAL_CHANNELS: readonly Channel[] = ["in_person", "phone", "video"];
export const REACTIONS = ["positive", "neutral", "negative", "unknown"] as const;

export const COMPENSATION_KINDS = [
  "refund",
  "discount",
  "credit",
  "replacement",
  "free_service",
  "expedited_shipping",
  "other",
] as const;
export const COMPENSATION_STATUSES = ["proposed", "approved", "issued", "rejected"] as const;
export const TASK_STATUSES = ["open", "done", "cancelled"] as const;
export const FOLLOW_UP_STATUSES = ["planned", "done", "cancelled"] as const;

export const DEFAULT_CATEGORIES: readonly { key: string; label: string; description: string }[] = [
  { key: "delay", label: "Delay", description: "Late delivery, missed deadline" },
  { key: "stock_out", label: "Stock-out", description: "What was ordered is not available" },
  { key: "billing_error", label: "Billing error", description: "Wrong invoice, wrong amount" },
  { key: "quality_defect", label: "Quality defect", description: "The product or service underperformed" },
  { key: "expectation_gap", label: "Expectation gap", description: "Not what the client expected" },
  { key: "failure", label: "Failure", description: "Deal fell through, project cancelled, major outage" },
  { key: "change_of_terms", label: "Change of terms", description: "Pricing or terms changed" },
  {
    key: "communication_lapse",
    label: "Communication lapse",
    description: "Unanswered email, wrong name on a document, typos",
  },
  { key: "external", label: "External", description: "Carrier, supplier" },
  { key: "other", label: "Other", description: "" },
];

export const DEFAULT_ROOT_CAUSES: readonly { key: string; label: string }[] = [
  { key: "process", label: "Process" },
  { key: "people", label: "People" },
  { key: "supplier", label: "Supplier" },
  { key: "system", label: "System" },
  { key: "communication", label: "Communication" },
  { key: "external", label: "External" },
  { key: "other", label: "Other" },
];

const LABELS: Record<string, string> = {
  discovered: "Discovered",
  notified: "Notified",
  remedying: "Remedying",
  compensation: "Compensation",
  follow_up: "Follow-up",
  review: "Review",
  closed: "Closed",
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
  ours: "Ours",
  shared: "Shared",
  external: "External",
  client: "Client",
  unassessed: "Not yet assessed",
  needs_triage: "Needs triage",
  internal: "Internal",
  outbound: "Outbound",
  inbound: "Inbound",
  in_person: "In person",
  phone: "Phone",
  video: "Video",
  email: "Email",
  chat: "Chat",
  letter: "Letter",
  sms: "SMS",
  web_form: "Web form",
};

/** The label a person reads for one of the words above. */
export function labelOf(word: string): string {
  return LABELS[word] ?? word.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
}
