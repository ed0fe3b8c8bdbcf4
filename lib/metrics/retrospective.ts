// A retrospective: the period's headline figures against the previous period, its setbacks and
// their lessons, the preventive actions and what keeps recurring. Pure: the page renders it and
// the Markdown export writes it.
import { markdownInline, markdownProse, nestHeadings } from "../markdown-text";
import { formatReference } from "../setbacks/reference";

export interface Headline {
  label: string;
  current: number | null;
  previous: number | null;
  unit: "h" | "%" | "" | "money";
  /** Whether a higher value is better (for the word "better" or "worse"). */
  higherIsBetter: boolean;
  currency?: string;
}

export function formatFigure(value: number | null, unit: Headline["unit"], currency = "EUR"): string {
  if (value === null) return "—";
  if (unit === "money") return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(value / 100);
  if (unit === "h") return `${value.toFixed(1)} h`;
  if (unit === "%") return `${value.toFixed(1)}%`;
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** "up 2.5 h (worse)", "down 10.0% (better)", "no change", or "—" when either side is missing. */
export function describeChange(h: Headline): string {
  if (h.current === null || h.previous === null) return "—";
  const delta = h.current - h.previous;
  if (Math.abs(delta) < 1e-9) return "no change";
  const better = delta > 0 === h.higherIsBetter;
  return `${delta > 0 ? "up" : "down"} ${formatFigure(Math.abs(delta), h.unit, h.currency)} (${better ? "better" : "worse"})`;
}

export interface RetroSetback {
  number: number;
  title: string;
  client: string;
  stage: string;
  rootCause: string | null;
  rootCauseCategory: string | null;
}

export interface RetroAction {
  description: string;
  setbackNumber: number;
  owner: string | null;
  dueAt: number | null;
  doneAt: number | null;
  /** Later setbacks that recurred after this action was done. */
  repeatedBy: number[];
}

export type ActionStatus = "done" | "open" | "overdue";

export function actionStatus(a: RetroAction, now: number): ActionStatus {
  if (a.doneAt !== null) return "done";
  return a.dueAt !== null && a.dueAt < now ? "overdue" : "open";
}

export interface Retrospective {
  periodLabel: string;
  previousLabel: string;
  headlines: Headline[];
  setbacks: RetroSetback[];
  actions: RetroAction[];
  patterns: { pair: string; count: number; references: number[] }[];
  notes: string;
  /** The event that saved `notes` (0: none yet): the version a notes form is opened at. */
  savedAs: number;
}

/** Every text from people goes in through markdownInline (the notes: markdownProse), so the export has no raw HTML. */
const cell = markdownInline;

export function toMarkdown(r: Retrospective, now: number, formatDate: (ms: number) => string): string {
  const lines = [
    `# Retrospective: ${cell(r.periodLabel)}`,
    "",
    `Compared with ${cell(r.previousLabel)}.`,
    "",
    "## Headline figures",
    "",
    "| Figure | This period | Previous | Change |",
    "|---|---|---|---|",
    ...r.headlines.map((h) => `| ${cell(h.label)} | ${formatFigure(h.current, h.unit, h.currency)} | ${formatFigure(h.previous, h.unit, h.currency)} | ${describeChange(h)} |`),
    "",
    "## Setbacks and their lessons",
    "",
    ...(r.setbacks.length
      ? r.setbacks.map((s) => `- **${formatReference(s.number)}** ${cell(s.title)} (${cell(s.client)}, ${cell(s.stage)})${s.rootCause ? ` — root cause (${cell(s.rootCauseCategory ?? "")}): ${cell(s.rootCause)}` : " — no lesson yet"}`)
      : ["None in this period."]),
    "",
    "## Preventive actions",
    "",
    ...(r.actions.length
      ? r.actions.map((a) => {
          const status = actionStatus(a, now);
          const repeat = a.repeatedBy.length ? `; **followed by a repeat**: ${a.repeatedBy.map(formatReference).join(", ")}` : "";
          return `- [${status === "done" ? "x" : " "}] ${cell(a.description)} (${formatReference(a.setbackNumber)}, ${cell(a.owner ?? "unassigned")}, ${status}${a.dueAt ? `, due ${formatDate(a.dueAt)}` : ""})${repeat}`;
        })
      : ["None."]),
    "",
    "## What keeps recurring",
    "",
    ...(r.patterns.length ? r.patterns.map((p) => `- ${cell(p.pair)}: ${p.count} setbacks (${p.references.map(formatReference).join(", ")})`) : ["Nothing recurred."]),
    "",
    "## Notes",
    "",
    // The notes' own headings sit under "## Notes", not beside it.
    nestHeadings(markdownProse(r.notes.trim()), 2) || "No notes.",
    "",
  ];
  return lines.join("\n");
}
