// npm run restore -- path/to/backup.db [--anchor VALUE] [--unsigned] — checks the backup
// (integrity, the audit chain with its signed checkpoints and records, the anchor when one is
// given, and agreement with the signed checkpoints of the database it replaces), then puts it in
// place of DATABASE_URL. --unsigned lets in a backup made before checkpoints existed. Stop the app first.
import { databasePath } from "../db/client";
import { restoreFrom } from "../db/backup";
import { NOT_AN_ANCHOR, parseAnchor } from "../lib/audit/anchor";
import { utcMinute } from "../lib/audit/report";
import { scriptArgs, usageError } from "./args";

const USAGE = "npm run restore -- path/to/backup.db [--anchor VALUE] [--unsigned]   (stop the app first)";
const { values, positionals } = scriptArgs(USAGE, { options: { anchor: { type: "string" }, unsigned: { type: "boolean", default: false } }, allowPositionals: true });
const file = positionals[0];
if (!file || positionals.length > 1) usageError(USAGE, file ? "Name one backup file." : undefined);
const anchor = values.anchor === undefined ? null : parseAnchor(values.anchor);
if (values.anchor !== undefined && !anchor) usageError(USAGE, NOT_AN_ANCHOR);
try {
  const check = await restoreFrom(file, databasePath(), { anchor, acceptUnsigned: values.unsigned });
  const { installation } = check;
  console.log(`Restored ${file} into ${databasePath()}: integrity ok, ${check.chain.ok ? check.chain.count : 0} events verified${anchor ? `, the anchor of event ${anchor.eventId} held` : ""}.`);
  if (check.unsigned) console.log("Its chain verifies by its hashes but nothing signs it (made before checkpoints): once you trust it, sign it with npm run audit:anchor -- --sign-unsigned (the app never signs it by itself).");
  if (installation.replacedHead && installation.lostEvents > 0) {
    console.log(`The database it replaced had reached event ${installation.replacedHead.eventId} (signed on ${utcMinute(installation.replacedHead.at)}): the ${installation.lostEvents} events after the backup are gone with it.`);
  }
} catch (error) {
  console.error(`Not restored: ${(error as Error).message}`);
  process.exit(1);
}
