import { z } from "zod";
import { FAULTS, SEVERITIES, SOURCES } from "../setbacks/vocabulary";

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The board's filters, read from the URL: unknown values are dropped, never an error. */
export const boardFilter = z.object({
  owner: optional(z.union([z.literal("mine"), z.literal("none"), z.coerce.number().int().positive()])),
  clientId: optional(z.coerce.number().int().positive()),
  /** Part of a client's name: the filter when there are too many clients to list. */
  client: optional(z.string().trim().min(1).max(200)),
  category: optional(z.string().trim().min(1).max(64)),
  severity: optional(z.enum(SEVERITIES)),
  fault: optional(z.enum(FAULTS)),
  source: optional(z.enum(SOURCES)),
  breached: optional(z.literal("1")),
  closed: optional(z.literal("1")),
  q: optional(z.string().trim().min(1).max(200)),
});
export type BoardFilter = z.output<typeof boardFilter>;

/** The same filters written back as URL parameters (for links that keep the view). */
export function boardQuery(filter: BoardFilter, change: Partial<Record<keyof BoardFilter, string | undefined>> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...change })) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
