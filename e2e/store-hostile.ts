// For e2e/stored-text.spec.ts: writes the fields only the setback page's forms take (a remedy
// task, the lesson, a preventive action), through the same commands, with the given text.
// npx tsx e2e/store-hostile.ts SB-0041 "<text>"   (DATABASE_URL: the end-to-end database)
import { getDb } from "../db/client";
import { getSetbackByNumber } from "../db/queries/setbacks";
import { executeCommand } from "../lib/commands/command";
import { addPreventiveAction, saveLesson } from "../lib/commands/lessons";
import { addRemedyTask } from "../lib/commands/remedies";
import { parseReference } from "../lib/setbacks/reference";

const [reference, text] = process.argv.slice(2);
const db = getDb();
const detail = await getSetbackByNumber(db, parseReference(reference)!);
const manager = db.$client.prepare("select id, name from users where email = 'manager@demo.test'").get() as { id: number; name: string };
const actor = { ...manager, role: "manager" as const };
const setbackId = detail!.setback.id;
for (const [cmd, input] of [
  [addRemedyTask, { setbackId, description: text }],
  [saveLesson, { setbackId, rootCauseCategory: "process", rootCause: text, wentWell: text, wentWrong: text, narrative: `**Bold** ${text}` }],
  [addPreventiveAction, { setbackId, description: text }],
] as const) {
  const result = await executeCommand(db, cmd as never, actor, input);
  if (!result.ok) throw new Error(`${result.formError} ${JSON.stringify(result.fieldErrors)}`);
}
