// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the routes use.
import { z } from "zod";
import { createDocument } from "zod-openapi";
import { newClientInput } from "../validation/client";
import { communicationInput, remedyTaskInput } from "../validation/records";
import { newSetbackInput } from "../validation/setback";
import { moveBody, setbackListQuery } from "./schemas";

const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

// 503: the database cannot be written just now (full, read-only, locked); sent with Retry-After.
const problems = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { description: "Problem details (RFC 9457)", content: { "application/problem+json": { schema: problemSchema } } }]));

const ok = (description: string) => ({ description, content: { "application/json": { schema: z.object({}).loose() } } });
const ref = { path: z.object({ ref: z.string().regex(/^SB-\d{4,}$/) }) };
const body = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
const setbackPatchBody = z
  .object({
    clientTitle: z.string().max(200).nullable().optional().meta({ description: "What the client's status page calls it; null or blank shows the title" }),
    version: z.number().int().optional().meta({ description: "The version the change was made from; refused with 409 when it changed since" }),
  })
  .loose();
// Every POST honours Idempotency-Key (app/api/v1/_lib/handler.ts, lib/commands/once.ts).
const once = {
  header: z.object({
    "idempotency-key": z
      .string()
      .regex(/^[\x21-\x7e]{1,255}$/)
      .optional()
      .meta({ description: "A key of your own (a UUID) per request you may retry. The same key and the same body within 24 hours gets the first answer again (the same status and body) and writes nothing; the same key with another body is a 422. Keys are per token. Only an accepted request's answer is kept: a refused one may be fixed and sent again with its key." }),
  }),
};

export const API_PATHS = {
  "/setbacks": {
    get: { summary: "List setbacks, newest first (cursor pagination)", requestParams: { query: setbackListQuery }, responses: { "200": ok("A page of setbacks and the next cursor"), ...problems(400, 401, 403, 429) } },
    post: { summary: "Report a setback", requestParams: once, requestBody: body(newSetbackInput), responses: { "201": ok("The new setback's reference"), ...problems(400, 401, 403, 413, 422, 429, 503) } },
  },
  "/setbacks/{ref}": {
    get: { summary: "One setback with its records", requestParams: ref, responses: { "200": ok("The setback"), ...problems(401, 403, 404, 429) } },
    patch: { summary: "Change some of its fields (any of POST /setbacks's; the others stay), e.g. clientTitle, the title its client's status page shows", requestParams: ref, requestBody: body(setbackPatchBody), responses: { "200": ok("Its reference and whether anything changed"), ...problems(400, 401, 403, 404, 409, 413, 429, 503) } },
  },
  "/setbacks/{ref}/communications": {
    post: { summary: "Log a communication (refused while a drafted gap such as [[what we offer]] is left in its text)", requestParams: { ...ref, ...once }, requestBody: body(communicationInput), responses: { "201": ok("The communication's id"), ...problems(400, 401, 403, 404, 413, 422, 429, 503) } },
  },
  "/setbacks/{ref}/remedy-tasks": {
    post: { summary: "Plan a remedy task (a due date that has passed is refused unless recordedAfterTheFact is true; one before the setback occurred is always refused)", requestParams: { ...ref, ...once }, requestBody: body(remedyTaskInput), responses: { "201": ok("The task's id"), ...problems(400, 401, 403, 404, 413, 422, 429, 503) } },
  },
  "/setbacks/{ref}/moves": {
    post: { summary: "Move to another stage (the same guards as the page)", requestParams: { ...ref, ...once }, requestBody: body(moveBody), responses: { "200": ok("The move"), ...problems(400, 401, 403, 404, 409, 422, 429, 503) } },
  },
  "/clients": {
    get: { summary: "List clients", responses: { "200": ok("The clients"), ...problems(401, 403, 429) } },
    post: { summary: "Create a client (409 when one with the same name, in any case or Unicode form, exists)", requestParams: once, requestBody: body(newClientInput), responses: { "201": ok("The new client's id"), ...problems(400, 401, 403, 409, 413, 422, 429, 503) } },
  },
  "/clients/{id}/trail": {
    get: { summary: "A client's communication trail, promises judged", requestParams: { path: z.object({ id: z.string() }) }, responses: { "200": ok("The trail"), ...problems(401, 403, 404, 429) } },
  },
} as const;

export function openApiDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: { title: "Amends API", version: "1", description: "Send `Authorization: Bearer <personal API token>`; a token acts with its user's role. Dates are ISO 8601 (with an offset, or a date alone) or epoch milliseconds, between 1 Jan 1970 and 31 Dec 2099 (UTC); answers carry dates as epoch milliseconds. Answers are never cached (`Cache-Control: no-store`)." },
    servers: [{ url: "/api/v1" }],
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    security: [{ bearer: [] }],
    paths: API_PATHS as never,
  });
}
