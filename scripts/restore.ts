// npm run restore -- path/to/backup.db — checks the backup (integrity, audit chain), then puts it
// in place of DATABASE_URL. Stop the app first.
import { databasePath } from "../db/client";
import { restoreFrom } from "../db/backup";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run restore -- path/to/backup.db   (stop the app first)");
  process.exit(2);
}
try {
  const check = await restoreFrom(file, databasePath());
  console.log(`Restored ${file} into ${databasePath()}: integrity ok, ${check.chain.ok ? check.chain.count : 0} events verified.`);
} catch (error) {
  console.error(`Not restored: ${(error as Error).message}`);
  process.exit(1);
}
