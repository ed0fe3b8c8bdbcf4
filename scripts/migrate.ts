// npm run db:migrate — creates the database if needed and applies every pending migration.
import { closeDb, databasePath, getDb } from "../db/client";

getDb();
closeDb();
console.log(`Migrated ${databasePath()}.`);
