// npm run user:create -- --email a@b.example --name "A Person" --role admin
// The password comes from AMENDS_PASSWORD or a hidden prompt; there is never a default.
import { parseArgs } from "node:util";
import readline from "node:readline";
import { databasePath, getDb } from "../db/client";
import { findAuditKey, MISSING_AUDIT_KEY } from "../lib/audit/key-source";
import { executeCommand, OPERATOR } from "../lib/commands/command";
import { createUser } from "../lib/commands/users";

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    let asked = false;
    output._writeToOutput = (s: string) => {
      if (!asked) {
        process.stdout.write(s);
        asked = true;
      }
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

if (!findAuditKey(databasePath())) {
  // Every write signs the audit chain; say so before asking for anything.
  console.error(MISSING_AUDIT_KEY);
  process.exit(1);
}
const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "member" } } });
let password = process.env.AMENDS_PASSWORD;
if (!password) {
  if (!process.stdin.isTTY) {
    console.error("Set AMENDS_PASSWORD or run in a terminal to type the password.");
    process.exit(2);
  }
  password = await promptHidden("Password: ");
  if ((await promptHidden("Repeat the password: ")) !== password) {
    console.error("The passwords differ.");
    process.exit(2);
  }
}
const result = await executeCommand(getDb(), createUser, OPERATOR, { ...values, password });
if (!result.ok) {
  for (const [field, messages] of Object.entries(result.fieldErrors)) console.error(`${field}: ${messages.join(" ")}`);
  if (result.formError && Object.keys(result.fieldErrors).length === 0) console.error(result.formError);
  process.exit(1);
}
console.log(`Created ${values.role} ${values.email} (user ${result.value.id}).`);
