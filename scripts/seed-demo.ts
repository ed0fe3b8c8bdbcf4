// npm run db:seed — fills an empty database with the demo story (refuses a database with users).
import { databasePath, getDb } from "../db/client";
import { countUsers } from "../db/queries/users";
import { seedDemo } from "../db/seed";
import { localAuditKey } from "../lib/audit/key-source";

export async function seedIfEmpty(): Promise<boolean> {
  // Demo data is for a demo or development: it signs the chain with a key made beside the database.
  localAuditKey(databasePath());
  const db = getDb();
  if ((await countUsers(db)) > 0) return false;
  const counts = seedDemo(db);
  console.log(`Seeded ${databasePath()}: ${counts.users} users, ${counts.clients} clients, ${counts.setbacks} setbacks.`);
  return true;
}

if (process.argv[1]?.endsWith("seed-demo.ts")) {
  seedIfEmpty().then((seeded) => {
    if (!seeded) {
      console.error(`${databasePath()} already has users; the demo seed only fills an empty database.`);
      process.exit(1);
    }
  });
}
