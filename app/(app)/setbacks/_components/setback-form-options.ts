import "server-only";
import { getDb } from "@/db/client";
import { categoryOptions } from "@/db/queries/setbacks";
import { clientOptions } from "@/db/queries/clients";
import { userOptions } from "@/db/queries/users";

/** The choices the setback form offers; a retired category stays listed for a setback that has it. */
export async function setbackFormOptions(currentCategory?: string) {
  const db = getDb();
  const [clients, categories, owners] = await Promise.all([clientOptions(db), categoryOptions(db, currentCategory), userOptions(db)]);
  return {
    clients: clients.map((c) => ({ value: c.id, label: c.name })),
    categories: categories.map((c) => ({ value: c.key, label: c.label })),
    owners: owners.map((u) => ({ value: u.id, label: u.name })),
  };
}
