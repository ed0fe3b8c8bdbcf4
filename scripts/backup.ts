// npm run backup -- path/to/backup.db — a consistent copy while the app keeps running.
import { databasePath, getDb } from "../db/client";
import { backupTo } from "../db/backup";
import { scriptArgs, usageError } from "./args";

const USAGE = "npm run backup -- path/to/backup.db";
const { positionals } = scriptArgs(USAGE, { options: {}, allowPositionals: true });
const target = positionals[0];
if (!target || positionals.length > 1) usageError(USAGE, target ? "Name one backup file." : undefined);
const { pages } = await backupTo(getDb(), target);
console.log(`Backed up ${databasePath()} to ${target} (${pages} pages).`);
