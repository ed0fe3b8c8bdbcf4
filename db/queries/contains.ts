import { sql, type SQL, type AnyColumn } from "drizzle-orm";

/** Case-insensitive "contains" with LIKE's wildcards in the text taken literally. */
export function contains(column: AnyColumn | SQL, text: string): SQL {
  const pattern = `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return sql`${column} like ${pattern} escape '\\'`;
}

/** Ids of the clients whose name contains `text`, for filters on tables that hold a client id. */
export function clientsNamed(text: string): SQL {
  return sql`(select c.id from clients c where ${contains(sql`c.name`, text)})`;
}
