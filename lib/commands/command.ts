// The one path every write takes, from a form, the API or a script: check the actor's role,
// parse the input, then run the body and its audit event in one transaction.
import type { z } from "zod";
import { can, type Permission, type Role } from "../auth/roles";
import { inTransaction, type Conn, type Db } from "../../db/client";
import { storageRefusal } from "../../db/storage-errors";
import { keepAnswer, priorAnswer, REUSED_KEY, SECRET_ANSWERED, type Once } from "./once";

export interface Actor {
  /** null for the operator at the command line, who acts as an admin outside any account. */
  id: number | null;
  name: string;
  role: Role;
}

export const OPERATOR: Actor = { id: null, name: "Operator (command line)", role: "admin" };

export type FieldErrors = Record<string, string[]>;

export type CommandFailure = {
  ok: false;
  /** 503: the database could not be written (db/storage-errors.ts); nothing was. */
  status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 503;
  formError?: string;
  fieldErrors: FieldErrors;
  /** With a 503: when the API's caller may try again. */
  retryAfterSeconds?: number;
};
export type CommandResult<T> = { ok: true; value: T } | CommandFailure;

/** Thrown inside a command body to refuse; the transaction rolls back. */
export class CommandError extends Error {
  constructor(
    readonly status: CommandFailure["status"],
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }

  static field(field: string, message: string): CommandError {
    return new CommandError(400, message, { [field]: [message] });
  }
  static notFound(what: string): CommandError {
    return new CommandError(404, `${what} was not found`);
  }
  static conflict(message: string): CommandError {
    return new CommandError(409, message);
  }
}

export interface Command<S extends z.ZodType, T> {
  /** What the actor is trying to do, for the refusal message: "manage users". */
  does: string;
  permission: Permission;
  schema: S;
  run(tx: Conn, input: z.output<S>, actor: Actor): T;
}

export function command<S extends z.ZodType, T>(definition: Command<S, T>): Command<S, T> {
  return definition;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * With `once` (a form's submission key, the API's Idempotency-Key), a key already answered gets
 * that answer again and nothing is written (lib/commands/once.ts).
 */
export async function executeCommand<S extends z.ZodType, T>(
  db: Db,
  cmd: Command<S, T>,
  actor: Actor | null,
  raw: unknown,
  once?: Once,
): Promise<CommandResult<T>> {
  if (!actor) return { ok: false, status: 401, formError: "Sign in first.", fieldErrors: {} };
  if (!can(actor.role, cmd.permission)) {
    return { ok: false, status: 403, formError: `Your role (${actor.role}) may not ${cmd.does}.`, fieldErrors: {} };
  }
  const parsed = cmd.schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const { _form, ...rest } = fieldErrors;
    return { ok: false, status: 400, formError: _form?.[0] ?? "Check the highlighted fields.", fieldErrors: rest };
  }
  try {
    const value = inTransaction(db, (tx) => {
      if (!once) return cmd.run(tx, parsed.data, actor);
      const now = Date.now();
      const prior = priorAnswer(tx, once, now);
      if (prior && "reused" in prior) throw new CommandError(422, REUSED_KEY);
      if (prior && "withheld" in prior) throw CommandError.conflict(SECRET_ANSWERED);
      if (prior) return prior.answer as T;
      const answer = cmd.run(tx, parsed.data, actor);
      keepAnswer(tx, once, actor.id, answer, now);
      return answer;
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof CommandError) {
      return { ok: false, status: error.status, formError: error.message, fieldErrors: error.fieldErrors };
    }
    // A full or read-only disk, a failing disk, a lock held too long: the transaction rolled
    // back, and the person is told in words (the form keeps what they typed).
    const refusal = storageRefusal(error);
    if (refusal) return { ok: false, status: 503, formError: refusal.message, fieldErrors: {}, retryAfterSeconds: refusal.retryAfterSeconds };
    throw error;
  }
}
