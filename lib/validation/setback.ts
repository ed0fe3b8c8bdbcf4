import { z } from "zod";
import { FAULT_VALUES, FAULTS, SEVERITIES, SEVERITY_VALUES, SOURCES, STAGES } from "../setbacks/vocabulary";
import {
  checkbox,
  choice,
  editedVersion,
  id,
  optionalId,
  optionalMoney,
  optionalPastInstant,
  optionalText,
  pastInstant,
  requiredText,
  withLocalTimes,
} from "./fields";

const DATE_FIELDS = ["occurredAt", "discoveredAt", "clientRequestAt"] as const;

const setbackFields = z.object({
  clientId: id("a client"),
  title: requiredText("Title", 200),
  /** What the client's status page shows; blank → null, and the page shows the title. */
  clientTitle: z.preprocess((v) => (typeof v === "string" ? v.trim() || null : v ?? null), z.string().max(200, "Title for the client must be at most 200 characters").nullable()),
  description: optionalText("Description", 20_000),
  category: requiredText("Category", 64),
  severity: choice("a severity", SEVERITIES),
  fault: choice("whose fault it was", FAULTS),
  source: choice("who found it", SOURCES),
  occurredAt: pastInstant("Occurred at"),
  discoveredAt: pastInstant("Discovered at"),
  impact: optionalText("Impact", 10_000),
  ownerId: optionalId("an owner"),
  estimatedCostCents: optionalMoney("Estimated cost"),
  clientRequest: optionalText("What the client asked for", 10_000),
  clientRequestAt: optionalPastInstant("When the client asked"),
  sharedWithClient: checkbox,
});

const discoveredAfterOccurred = <T extends { occurredAt: number; discoveredAt: number }>(v: T) =>
  v.discoveredAt >= v.occurredAt;
const discoveredMessage = { path: ["discoveredAt"], message: "Discovered at cannot be before it occurred" };

export const newSetbackInput = withLocalTimes(
  setbackFields.refine(discoveredAfterOccurred, discoveredMessage),
  DATE_FIELDS,
);
export type NewSetbackInput = z.output<typeof newSetbackInput>;

export const updateSetbackInput = withLocalTimes(
  setbackFields
    .extend({
      // An edit may keep a fault or severity "not yet assessed" (lib/commands/setbacks.ts refuses choosing it anew).
      fault: choice("whose fault it was", FAULT_VALUES),
      severity: choice("a severity", SEVERITY_VALUES),
      setbackId: id("a setback"),
      /** The version the edit was made from; the form always sends it, an API client may. */
      version: editedVersion,
    })
    .refine(discoveredAfterOccurred, discoveredMessage),
  DATE_FIELDS,
);
export type UpdateSetbackInput = z.output<typeof updateSetbackInput>;

/** The list's filters, read from the URL: unknown values are dropped, not errors. */
export const setbackListFilter = z.object({
  stage: z.enum(STAGES).optional().catch(undefined),
  severity: z.enum(SEVERITIES).optional().catch(undefined),
  clientId: z.coerce.number().int().positive().optional().catch(undefined),
  client: z.string().trim().min(1).max(200).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
});
export type SetbackListFilter = z.output<typeof setbackListFilter>;
