import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { executeCommand, type Command } from "@/lib/commands/command";
import { fingerprintOf, ONCE_KEY, type Once } from "@/lib/commands/once";
import { echoableValues } from "@/lib/security/secret-fields";
import { SUBMISSION_KEY, type FormState } from "@/app/_components/form-state";
import { SESSION_ENDED_FORM } from "@/lib/auth/session-ended";
import { currentActor } from "./session";

/** FormData → plain object; a name sent twice becomes an array; files are ignored. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/**
 * A form's key: per person, bound to the command and what was sent (lib/commands/once.ts). A
 * password is left out of the fingerprint: even hashed, it is not written down.
 */
function formOnce(cmd: Command<z.ZodType, unknown>, actorId: number | null, key: unknown, raw: Record<string, unknown>): Once | undefined {
  if (typeof key !== "string" || !ONCE_KEY.test(key) || actorId === null) return undefined;
  return { holder: `user:${actorId}`, key, fingerprint: fingerprintOf("form", cmd.does, JSON.stringify(echoableValues(raw))) };
}

interface After<T> {
  /** Paths whose pages show what changed. */
  revalidate?: string[];
  /** Where to go on success; without it the form stays, with `message` shown. */
  redirectTo?: (value: T) => string;
  message?: string | ((value: T) => string);
  /**
   * A conflict (409) means the record changed under the form: the pages are refreshed and the
   * form shows the record as it is now, not what was typed over the older version.
   */
  reloadOnConflict?: boolean;
}

/**
 * The body of every form's server action: session → role → zod → one transaction with its
 * event (executeCommand), then revalidate or redirect. Field errors come back to the form.
 */
export async function runFormAction<S extends z.ZodType, T>(
  cmd: Command<S, T>,
  formData: FormData,
  after: After<T> = {},
): Promise<FormState> {
  const actor = await currentActor();
  const { [SUBMISSION_KEY]: key, ...raw } = formDataToObject(formData);
  // A session that ended while the form was open: say so, and keep what was typed.
  if (!actor) return { ok: false, formError: SESSION_ENDED_FORM, values: echoableValues(raw), answeredAt: Date.now() };
  const result = await executeCommand(getDb(), cmd, actor, raw, formOnce(cmd, actor.id, key, raw));
  if (!result.ok && result.status === 409 && after.reloadOnConflict) {
    for (const path of after.revalidate ?? []) revalidatePath(path, "layout");
    return { ok: false, formError: result.formError, answeredAt: Date.now() };
  }
  if (!result.ok) {
    return { ok: false, formError: result.formError, fieldErrors: result.fieldErrors, values: echoableValues(raw), answeredAt: Date.now() };
  }
  for (const path of after.revalidate ?? []) revalidatePath(path, "layout");
  if (after.redirectTo) redirect(after.redirectTo(result.value));
  const message = typeof after.message === "function" ? after.message(result.value) : after.message;
  return { ok: true, message: message ?? "Saved.", answeredAt: Date.now() };
}
