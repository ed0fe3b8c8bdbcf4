// npm run token:create -- --email someone@example.com --name "Helpdesk sync" — prints the token once.
import { parseArgs } from "node:util";
import { databasePath, getDb } from "../db/client";
import { findAuditKey, MISSING_AUDIT_KEY } from "../lib/audit/key-source";
import { findUserForSignIn } from "../db/queries/users";
import { executeCommand } from "../lib/commands/command";
import { createApiToken } from "../lib/commands/tokens";
import { isRole } from "../lib/auth/roles";

if (!findAuditKey(databasePath())) {
  // Every write signs the audit chain; say so before asking for anything.
  console.error(MISSING_AUDIT_KEY);
  process.exit(1);
}
const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
const db = getDb();
const user = values.email ? await findUserForSignIn(db, values.email) : null;
if (!user || !user.active || !isRole(user.role)) {
  console.error("Name an active user: npm run token:create -- --email … --name …");
  process.exit(2);
}
const result = await executeCommand(db, createApiToken, { id: user.id, name: user.name, role: user.role }, { name: values.name });
if (!result.ok) {
  console.error(result.fieldErrors.name?.join(" ") ?? result.formError);
  process.exit(1);
}
console.log(result.value.token);
