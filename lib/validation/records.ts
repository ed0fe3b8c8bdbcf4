// Input of the lifecycle's actions: moves and the records each stage needs.
import { z } from "zod";
import {
  CHANNELS,
  COMPENSATION_KINDS,
  DIRECTIONS,
  REACTIONS,
  STAGES,
} from "../setbacks/vocabulary";
import {
  checkbox,
  choice,
  editedVersion,
  id,
  instant,
  money,
  optionalId,
  optionalInstant,
  optionalText,
  pastInstant,
  requiredText,
  withLocalTimes,
  asNumber,
} from "./fields";
import { dueDateRefusal } from "../setbacks/due-dates";
import { gapMessage, unfilledGaps } from "../setbacks/draft-gaps";

const setbackId = id("a setback");

/** A drafted text's gaps ([[what we offer]]) must be filled in or removed before it is logged. */
const withoutGaps = <T extends z.ZodType<string>>(schema: T) =>
  schema.superRefine((text, ctx) => {
    const gaps = unfilledGaps(text);
    if (gaps.length) ctx.addIssue({ code: "custom", message: gapMessage(gaps) });
  });
const yesNo = (label: string) =>
  z.preprocess((v) => (v === "yes" || v === true ? true : v === "no" || v === false ? false : undefined), z.boolean({ error: `Say ${label}` }));

export const moveInput = z.object({
  setbackId,
  to: choice("a stage", STAGES),
  reason: optionalText("Reason", 2_000),
  closeAsMinor: checkbox,
});

/**
 * A promise given as a day ("2026-12-03": the form's date field, or the API's) is kept as that
 * day, due at its end in the organisation's zone (lib/commands/communications.ts, decision 012);
 * whatever the input says of the day itself is ignored.
 */
const withPromisedDay = <T extends z.ZodType>(schema: T) =>
  z.preprocess((raw) => {
    if (!raw || typeof raw !== "object") return raw;
    const given = (raw as Record<string, unknown>).promiseDueAt;
    const day = typeof given === "string" && /^\d{4}-\d{2}-\d{2}$/.test(given.trim()) ? given.trim() : null;
    return { ...(raw as Record<string, unknown>), promiseDueDay: day };
  }, schema);

export const communicationInput = withPromisedDay(withLocalTimes(
  z.object({
    setbackId,
    contactId: optionalId("a contact"),
    direction: choice("a direction", DIRECTIONS),
    channel: choice("a channel", CHANNELS),
    occurredAt: pastInstant("When"),
    summary: withoutGaps(requiredText("Summary", 500)),
    body: withoutGaps(optionalText("Full text", 50_000)),
    promise: withoutGaps(optionalText("What was promised", 1_000)),
    promiseDueAt: optionalInstant("Promised by"),
    promiseDueDay: z.string().nullable().optional().describe("Not read: set from promiseDueAt when that is a day (YYYY-MM-DD), due at its end in the organisation's time zone"),
    apologised: checkbox,
    explainedCause: checkbox,
    offeredRemedy: checkbox,
    gaveTimeline: checkbox,
    askedHowToHelp: checkbox,
    reaction: z.preprocess((v) => (v === "" || v == null ? "unknown" : v), choice("the client's reaction", REACTIONS)),
    correctsId: optionalId("the communication it corrects"),
    /** Its summary appears on the client's status page as their latest update. */
    shownToClient: checkbox,
  }),
  ["occurredAt", "promiseDueAt"],
  { endOfDay: ["promiseDueAt"] },
));

/** A planned task (remedy, preventive action): its due date lies ahead unless it is recorded after the fact. */
const plannedTask = {
  ownerId: optionalId("an owner"),
  dueAt: optionalInstant("Due date"),
  recordedAfterTheFact: checkbox,
};
function dueAhead(task: { dueAt: number | null; recordedAfterTheFact: boolean }, ctx: z.RefinementCtx) {
  const refusal = dueDateRefusal(task.dueAt, task.recordedAfterTheFact, Date.now());
  if (refusal) ctx.addIssue({ code: "custom", path: ["dueAt"], message: refusal });
}

export const remedyTaskInput = withLocalTimes(
  z.object({ setbackId, description: requiredText("Task", 1_000), ...plannedTask }).superRefine(dueAhead),
  ["dueAt"],
  { endOfDay: ["dueAt"] },
);
export const taskInput = z.object({ taskId: id("a task") });
export const cancelTaskInput = z.object({ taskId: id("a task"), reason: requiredText("Reason", 1_000) });

export const compensationInput = z.object({
  setbackId,
  kind: choice("a kind", COMPENSATION_KINDS),
  // Never 0: a replacement or a free service is granted for what it is worth, and that counts
  // towards the approval threshold like money does.
  amountCents: money("Amount").refine((cents) => cents > 0, "Enter an amount above 0: for a replacement or a free service, what it is worth"),
  description: optionalText("Description", 2_000),
});
export const compensationIdInput = z.object({ compensationId: id("a compensation") });
export const rejectCompensationInput = z.object({ compensationId: id("a compensation"), reason: requiredText("Reason", 2_000) });
export const noCompensationInput = z.object({ setbackId, reason: requiredText("Reason", 2_000) });

export const scheduleFollowUpInput = withLocalTimes(
  z.object({ setbackId, dueAt: instant("Date"), ownerId: optionalId("an owner") }),
  ["dueAt"],
);
export const completeFollowUpInput = withLocalTimes(
  z.object({
    followUpId: id("a follow-up"),
    channel: choice("a channel", CHANNELS),
    notes: optionalText("Notes", 10_000),
    satisfaction: z.preprocess(
      (v) => (v === "" || v == null ? undefined : asNumber(v)),
      z.number({ error: "Choose the client's satisfaction, 1 to 5" }).int().min(1, "Choose 1 to 5").max(5, "Choose 1 to 5"),
    ),
    retained: yesNo("whether the client stays"),
    nextDueAt: optionalInstant("Next follow-up"),
  }),
  ["nextDueAt"],
);

export const lessonInput = z.object({
  setbackId,
  rootCauseCategory: requiredText("Root-cause category", 64),
  rootCause: requiredText("Root cause", 5_000),
  wentWell: optionalText("What went well", 10_000),
  wentWrong: optionalText("What went wrong", 10_000),
  narrative: optionalText("Narrative", 50_000),
  noActionReason: optionalText("Reason for no action", 2_000),
  version: editedVersion,
});

export const preventiveActionInput = withLocalTimes(
  z.object({ setbackId, description: requiredText("Preventive action", 1_000), ...plannedTask }).superRefine(dueAhead),
  ["dueAt"],
  { endOfDay: ["dueAt"] },
);
export const preventiveActionIdInput = z.object({ actionId: id("a preventive action") });
export const effectivenessInput = z.object({
  actionId: id("a preventive action"),
  worked: yesNo("whether it worked"),
  notes: optionalText("Notes", 5_000),
});
