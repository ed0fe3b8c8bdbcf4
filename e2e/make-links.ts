// For the end-to-end tests of client links: makes `count` new links for the first client, as a
// manager would on the client's page, and prints their tokens, one a line.
// npx tsx e2e/make-links.ts 3   (DATABASE_URL: the end-to-end database)
import { getDb } from "../db/client";
import { executeCommand } from "../lib/commands/command";
import { createFeedbackLink } from "../lib/commands/feedback";

const count = Number(process.argv[2] ?? 1);
const db = getDb();
const manager = db.$client.prepare("select id, name from users where email = 'manager@demo.test'").get() as { id: number; name: string };
const client = db.$client.prepare("select id from clients order by id limit 1").get() as { id: number };
for (let i = 0; i < count; i++) {
  const made = await executeCommand(db, createFeedbackLink, { ...manager, role: "manager" }, { clientId: client.id, label: `Probe ${Date.now().toString(36)}-${i}` });
  if (!made.ok) throw new Error(made.formError);
  console.log(made.value.token);
}
