// drizzle builds a query's SQL from its description on every call: for a wide select that is
// about 0.7 ms, ten times what SQLite takes to answer it (measured on the setback page at 100,000
// setbacks). The hottest reads are prepared once per connection, with placeholders, and reused.
// A transaction's connection is its own object, so inside one they are simply prepared anew.
import type { Conn } from "../client";

const byConnection = new WeakMap<object, Map<string, unknown>>();

/** The query `name` prepared on `conn` by `build`, made the first time it is asked for. */
export function preparedOn<T>(conn: Conn, name: string, build: (conn: Conn) => T): T {
  let queries = byConnection.get(conn);
  if (!queries) byConnection.set(conn, (queries = new Map()));
  let query = queries.get(name) as T | undefined;
  if (query === undefined) queries.set(name, (query = build(conn)));
  return query;
}
