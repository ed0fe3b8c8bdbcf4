import { z } from "zod";
import { parseReference } from "../setbacks/reference";
import { windowDay } from "./fields";

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The audit search, from the URL; bad values are dropped. Dates are whole days (ISO). */
export const auditInput = z.object({
  show: z.enum(["events", "communications"]).catch("events"),
  clientId: optional(z.coerce.number().int().positive()),
  client: optional(z.string().trim().min(1).max(200)),
  setback: optional(z.string().trim().transform((v, ctx) => parseReference(v) ?? (ctx.addIssue({ code: "custom", message: "x" }), z.NEVER))),
  actorId: optional(z.coerce.number().int().positive()),
  kind: optional(z.string().trim().min(1).max(64)),
  from: optional(windowDay),
  to: optional(windowDay),
  /** Keyset paging of events: older than `before`, or newer than `after`. */
  before: optional(z.coerce.number().int().positive()),
  after: optional(z.coerce.number().int().positive()),
});

/** A period that ends before it starts matches nothing, and says so beside From. */
export function periodError(input: { from?: string; to?: string }): string | null {
  return input.from && input.to && input.from > input.to ? "From must be on or before To" : null;
}
export type AuditInput = z.output<typeof auditInput>;
