// Every instant a database holds (each `*_at` column of every table) that lies outside the
// window the app accepts (lib/time/window.ts): what a property test expects to stay empty.
import type { Db } from "@/db/client";
import { EARLIEST_INSTANT, LATEST_INSTANT } from "@/lib/time/window";

export function instantsOutsideWindow(db: Db): string[] {
  const tables = db.$client.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'").all() as { name: string }[];
  const found: string[] = [];
  for (const { name } of tables) {
    const columns = (db.$client.prepare(`select name from pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => c.name).filter((c) => c.endsWith("_at"));
    for (const column of columns) {
      const rows = db.$client.prepare(`select rowid as id, "${column}" as v from "${name}" where "${column}" is not null and ("${column}" < ? or "${column}" >= ?)`).all(EARLIEST_INSTANT, LATEST_INSTANT) as { id: number; v: number }[];
      for (const row of rows) found.push(`${name}.${column} = ${row.v} (row ${row.id})`);
    }
  }
  return found;
}
