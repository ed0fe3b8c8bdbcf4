import { z } from "zod";
import { periodInput } from "../metrics/period";
import { FAULTS, SEVERITIES, SOURCES } from "../setbacks/vocabulary";

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The report's period and filters, from the URL; bad values are dropped, not errors. */
export const reportInput = periodInput.extend({
  clientId: optional(z.coerce.number().int().positive()),
  client: optional(z.string().trim().min(1).max(200)),
  category: optional(z.string().trim().min(1).max(64)),
  severity: optional(z.enum(SEVERITIES)),
  ownerId: optional(z.coerce.number().int().positive()),
  fault: optional(z.enum(FAULTS)),
  source: optional(z.enum(SOURCES)),
});
export type ReportInput = z.output<typeof reportInput>;

/** The same view as URL parameters, for links (CSV exports) that keep it. */
export function reportQuery(input: ReportInput, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...input, ...extra })) if (value !== undefined && value !== "") params.set(key, String(value));
  return `?${params.toString()}`;
}
