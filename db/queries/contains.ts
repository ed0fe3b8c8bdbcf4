import { sql, type SQL, type AnyColumn } from "drizzle-orm";

/** Case-insensitive "contains" with LIKE's wildcards in the text taken literally. */
export function contains(column: AnyColumn, text: string): SQL {
  const pattern = `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return sql`${column} like ${pattern} escape '\\'`;
}
