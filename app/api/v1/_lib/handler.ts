import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { useApiToken } from "@/db/writes/tokens";
import { hashToken } from "@/lib/auth/tokens";
import { storageRefusal } from "@/db/storage-errors";
import { describeWait } from "@/lib/auth/throttle";
import { readBodyUpTo } from "@/lib/api/bounded-body";
import { problem, json } from "@/lib/api/problem";
import { executeCommand, type Actor, type Command } from "@/lib/commands/command";
import { fingerprintOf, ONCE_KEY, type Once } from "@/lib/commands/once";
import { RateLimiter } from "@/lib/rate-limit";
import { API_BODY_MAX_BYTES } from "@/lib/security/body-limits";
import { addressKeyOf } from "@/app/_server/client-address";
import { guessKey, guesses } from "@/app/_server/guessing";

export const MAX_BODY_BYTES = API_BODY_MAX_BYTES;
/** Requests a minute per token; an integration that needs more (or a benchmark) sets AMENDS_API_REQUESTS_PER_MINUTE. */
const PER_MINUTE = Number(process.env.AMENDS_API_REQUESTS_PER_MINUTE) || 120;
const holder = globalThis as unknown as { __amendsApiLimit?: RateLimiter };
const perToken = () => (holder.__amendsApiLimit ??= new RateLimiter(PER_MINUTE, 60_000));

/**
 * The request's Idempotency-Key, for the command it runs (runCommand): a retry with the same key
 * and body gets the first answer again, the same key with another body a 422; per token, 24 h.
 */
const requestOnce = new AsyncLocalStorage<Once | undefined>();

export interface ApiContext {
  actor: Actor;
  url: URL;
  params: Record<string, string>;
  /** The JSON body (POST), already size-checked. */
  body: unknown;
}

/**
 * Every /api/v1 route: bearer token → user (with their role), a per-token rate limit, a body size
 * limit, then the route. Roles and input are checked by the same commands as the UI. An address
 * that keeps sending tokens nobody holds must wait (lib/auth/guessing.ts).
 */
export function api(route: (ctx: ApiContext) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response> => {
    const header = request.headers.get("authorization") ?? "";
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) return problem(401, "Send a personal API token: Authorization: Bearer <token>.", undefined, { "www-authenticate": "Bearer" });
    const guessing = guessKey.token(addressKeyOf(request.headers));
    const wait = guesses().waitFor(guessing, Date.now());
    if (wait > 0) {
      return problem(429, `Too many unknown tokens from your address. Try again in ${describeWait(wait)}.`, undefined, { "retry-after": String(Math.ceil(wait / 1000)) });
    }
    const tokenHash = hashToken(token);
    if (!perToken().allow(tokenHash, Date.now())) return problem(429, `At most ${PER_MINUTE} requests a minute per token.`, undefined, { "retry-after": "60" });
    const user = useApiToken(getDb(), tokenHash, Date.now());
    if (!user) {
      guesses().fail(guessing, Date.now());
      return problem(401, "That token is unknown, revoked, or its user is deactivated.", undefined, { "www-authenticate": "Bearer" });
    }
    let body: unknown = undefined;
    let once: Once | undefined;
    if (request.method !== "GET") {
      // Read up to the limit and no further, however the body is sent (chunked has no length).
      const read = await readBodyUpTo(request, MAX_BODY_BYTES);
      if (!read.ok) return problem(413, `At most ${MAX_BODY_BYTES} bytes.`);
      const text = read.text;
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        return problem(400, "The body is not valid JSON.");
      }
      const key = request.headers.get("idempotency-key");
      if (key !== null) {
        if (!ONCE_KEY.test(key)) return problem(400, "Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID is a good one).");
        once = { holder: `token:${user.tokenId}`, key, fingerprint: fingerprintOf(request.method, new URL(request.url).pathname, text) };
      }
    }
    try {
      const ctx = { actor: { id: user.id, name: user.name, role: user.role }, url: new URL(request.url), params: await context.params, body };
      return await requestOnce.run(once, () => route(ctx));
    } catch (error) {
      return refusedWrite(error);
    }
  };
}

/**
 * A write that failed outside a command (commands answer their own 503) still gets problem
 * details a client can act on, not an empty 500; any other error is a bug and stays one.
 */
function refusedWrite(error: unknown): Response {
  const refusal = storageRefusal(error);
  if (!refusal) throw error;
  return problem(503, refusal.message, undefined, { "retry-after": String(refusal.retryAfterSeconds) });
}

/** Runs a command for the API: its refusals become problem details, its value `ok(value)`. */
export async function runCommand<S extends z.ZodType, T>(cmd: Command<S, T>, actor: Actor, input: unknown, ok: (value: T) => Response): Promise<Response> {
  // A repeat of a keyed request gets the first value back, and so the same status and body.
  const result = await executeCommand(getDb(), cmd, actor, input, requestOnce.getStore());
  if (result.ok) return ok(result.value);
  const retry: Record<string, string> = result.retryAfterSeconds ? { "retry-after": String(result.retryAfterSeconds) } : {};
  return problem(result.status, result.formError, result.fieldErrors, retry);
}

export { json, problem };
