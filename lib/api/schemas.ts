// The API's own shapes (query strings, wrappers); request bodies reuse lib/validation as they are.
import { z } from "zod";
import { SEVERITY_VALUES, STAGES } from "../setbacks/vocabulary";

export const setbackListQuery = z.object({
  stage: z.enum(STAGES).optional(),
  severity: z.enum(SEVERITY_VALUES).optional(),
  clientId: z.coerce.number().int().positive().optional(),
  cursor: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** A move through the API names the setback in the path, not the body. */
export const moveBody = z.object({
  to: z.enum(STAGES),
  reason: z.string().max(2_000).optional(),
  closeAsMinor: z.boolean().optional(),
});
