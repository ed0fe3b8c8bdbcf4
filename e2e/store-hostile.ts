// For e2e/stored-text.spec.ts: writes the text fields the API does not take, through the same
// commands the forms use, with the given text: a remedy task, the lesson, a preventive action,
// a contact, a compensation, a user, an API token, a client link, and what a client sends
// through that link. Prints the reference of the setback the client's message opened.
// npx tsx e2e/store-hostile.ts SB-0041 "<text>"   (DATABASE_URL: the end-to-end database)
import { getDb } from "../db/client";
import { getSetbackByNumber } from "../db/queries/setbacks";
import { addContact } from "../lib/commands/clients";
import { executeCommand, type Actor, type Command } from "../lib/commands/command";
import { proposeCompensation } from "../lib/commands/compensations";
import { createFeedbackLink, receiveFeedback } from "../lib/commands/feedback";
import { addPreventiveAction, saveLesson } from "../lib/commands/lessons";
import { addRemedyTask } from "../lib/commands/remedies";
import { createApiToken } from "../lib/commands/tokens";
import { createUser } from "../lib/commands/users";
import { RateLimiter } from "../lib/rate-limit";
import { parseReference } from "../lib/setbacks/reference";
import type { z } from "zod";

const [reference, text] = process.argv.slice(2);
const db = getDb();
const detail = await getSetbackByNumber(db, parseReference(reference)!);
const actorOf = (email: string, role: Actor["role"]): Actor => ({ ...(db.$client.prepare("select id, name from users where email = ?").get(email) as { id: number; name: string }), role });
const manager = actorOf("manager@demo.test", "manager");
const admin = actorOf("admin@demo.test", "admin");
const setbackId = detail!.setback.id;
const clientId = detail!.setback.clientId;

async function run<S extends z.ZodType, T>(cmd: Command<S, T>, actor: Actor, input: Record<string, unknown>): Promise<T> {
  const result = await executeCommand(db, cmd, actor, input);
  if (!result.ok) throw new Error(`${result.formError} ${JSON.stringify(result.fieldErrors)}`);
  return result.value;
}

await run(addRemedyTask, manager, { setbackId, description: text });
await run(saveLesson, manager, { setbackId, rootCauseCategory: "process", rootCause: text, wentWell: text, wentWrong: text, narrative: `**Bold** ${text}` });
await run(addPreventiveAction, manager, { setbackId, description: text });
await run(addContact, manager, { clientId, name: `Contact ${text}`, role: text, phone: text.slice(0, 50) });
await run(proposeCompensation, manager, { setbackId, kind: "credit", amountCents: "10.00", description: text });
await run(createApiToken, manager, { name: text.slice(0, 100) });
const unique = Date.now().toString(36);
await run(createUser, admin, { email: `hostile-${unique}@demo.test`, name: `User ${text}`, role: "member", password: "a-long-password" });
const link = await run(createFeedbackLink, manager, { clientId, label: text.slice(0, 100) });
const limiter = () => new RateLimiter(100, 3_600_000);
const received = receiveFeedback(db, { token: link.token, address: "192.0.2.1", input: { what: `Client says ${text}`, impact: text, reach: text.slice(0, 500) }, now: Date.now(), perLink: limiter(), perAddress: limiter() });
if (!received.ok || !received.reference) throw new Error(`the client's message was refused: ${JSON.stringify(received)}`);
console.log(received.reference);
