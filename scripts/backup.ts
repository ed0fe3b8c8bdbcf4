// npm run backup -- path/to/backup.db — a consistent copy while the app keeps running.
import { databasePath, getDb } from "../db/client";
import { backupTo } from "../db/backup";

const target = process.argv[2];
if (!target) {
  console.error("Usage: npm run backup -- path/to/backup.db");
  process.exit(2);
}
const { pages } = await backupTo(getDb(), target);
console.log(`Backed up ${databasePath()} to ${target} (${pages} pages).`);
