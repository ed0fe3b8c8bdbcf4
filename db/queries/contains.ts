import { sql, type SQL, type AnyColumn } from "drizzle-orm";
import { clientSearchKey } from "../../lib/clients/name-key";
import { clients } from "../schema";

/** Case-insensitive "contains" with LIKE's wildcards in the text taken literally. */
export function contains(column: AnyColumn | SQL, text: string): SQL {
  const pattern = `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return sql`${column} like ${pattern} escape '\\'`;
}

/**
 * A client's name contains `text` as people mean it: any case, Unicode form or diacritics
 * ("ecole" finds "ÉCOLE MÜLLER"). SQLite folds ASCII only, so both sides are the search key of
 * lib/clients/name-key.ts, stored in clients.search_key.
 */
export function clientNameContains(text: string, searchKey: AnyColumn | SQL = clients.searchKey): SQL {
  return contains(searchKey, clientSearchKey(text));
}

/** Ids of the clients whose name contains `text`, for filters on tables that hold a client id. */
export function clientsNamed(text: string): SQL {
  return sql`(select c.id from clients c where ${clientNameContains(text, sql`c.search_key`)})`;
}
