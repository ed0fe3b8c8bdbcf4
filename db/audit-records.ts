// Every record checked against the event that created it (lib/audit/record-events.ts): a row
// edited in place, added without its event, or an event whose row is gone. The comparison runs in
// SQLite, one pass per table (the event found through its partial index on the record's id), so
// a million-event chain is checked without bringing each row into JavaScript.
import { sql, type SQL } from "drizzle-orm";
import type { RecordEvent } from "../lib/audit/record-events";
import type { RecordCount } from "../lib/audit/report";
import type { Conn } from "./client";

export interface RecordBreak {
  subject: string;
  reason: string;
  eventId: number | null;
}

// Names below come from RECORD_EVENTS, constants of the code, never from input.
const raw = (text: string) => sql.raw(text);
const recordId = (spec: RecordEvent, alias = "e") => raw(`(${alias}.data ->> '$.${spec.idKey}')`);

/**
 * Imports used to write one event per setback (setback.imported) and none for the records it
 * implied. Such a record is accepted when its setback's import event is of that kind (it says
 * nothing of `recordsLogged`) and the record was written in that event's instant.
 */
function importedBefore(spec: RecordEvent): string {
  if (!spec.setbackColumn) return "0";
  return `exists (select 1 from events i where i.setback_id = r.${spec.setbackColumn} and i.kind = 'setback.imported'
    and i.occurred_at = r.created_at and json_type(i.data, '$.recordsLogged') is null)`;
}

/** The first column of row `r` that differs from its event `e`, 'no event', or null when they agree. */
function problem(spec: RecordEvent): SQL {
  const differs = (column: string, other: string) => `when r.${column} is not ${other} then '${column}'`;
  const whens = [
    `when e.id is null and not ${importedBefore(spec)} then 'no event'`,
    `when e.id is null then null`,
    ...(spec.setbackColumn ? [differs(spec.setbackColumn, "e.setback_id")] : []),
    ...(spec.actorColumn ? [differs(spec.actorColumn, "e.actor_id")] : []),
    ...(spec.createdColumn ? [differs(spec.createdColumn, "e.occurred_at")] : []),
    // A key the event does not hold is not compared (older events hold fewer); JSON true is 1.
    ...Object.entries(spec.fields).map(([key, column]) => `when json_type(e.data, '$.${key}') is not null and (e.data ->> '$.${key}') is not r.${column} then '${column}'`),
  ];
  return raw(`case ${whens.join(" ")} end`);
}

// `+r.id`: compared without the column's affinity, so SQLite searches the expression index.
const joined = (spec: RecordEvent) => sql`${raw(`"${spec.table}"`)} r left join events e on e.kind = ${raw(`'${spec.kind}'`)} and ${recordId(spec)} = +r.id`;

export function verifyRecords(tx: Conn, spec: RecordEvent): RecordCount | RecordBreak {
  const stray = strayEvent(tx, spec);
  if (stray) return stray;
  const pass = tx.get<{ n: number; legacy: number | null; bad: number | null }>(sql`
    select count(*) as n, sum(e.id is null) as legacy, min(case when (${problem(spec)}) is not null then r.id end) as bad
    from ${joined(spec)}`);
  if (pass.bad !== null) {
    const row = tx.get<{ eventId: number | null; column: string }>(sql`select e.id as eventId, ${problem(spec)} as "column" from ${joined(spec)} where r.id = ${pass.bad}`);
    return row.eventId === null
      ? { subject: `${spec.noun} ${pass.bad}`, reason: `no ${spec.kind} event created it: it was added behind the application's back`, eventId: null }
      : { subject: `${spec.noun} ${pass.bad}`, reason: `its ${row.column} differs from what event ${row.eventId} (${spec.kind}) recorded: it was edited behind the application's back`, eventId: row.eventId };
  }
  const legacy = pass.legacy ?? 0;
  return { noun: spec.noun, count: pass.n - legacy, importedBefore: legacy };
}

/** The first event that names a record which is not there, or a record that two events claim. */
function strayEvent(tx: Conn, spec: RecordEvent): RecordBreak | null {
  const found = tx.get<{ rid: number; n: number; first: number; second: number } | undefined>(sql`
    select rid, n, first, second from (
      select ${recordId(spec)} as rid, count(*) as n, min(e.id) as first, max(e.id) as second
      from events e indexed by ${raw(`events_${spec.table}_record_idx`)}
      where e.kind = ${raw(`'${spec.kind}'`)} and ${recordId(spec)} is not null group by 1
    ) where n > 1 or not exists (select 1 from ${raw(`"${spec.table}"`)} r where r.id = +rid)
    order by first limit 1`);
  if (!found) return null;
  if (found.n > 1) return { subject: `${spec.noun} ${found.rid}`, reason: `events ${found.first} and ${found.second} both say they created it`, eventId: found.second };
  return { subject: `${spec.noun} ${found.rid}`, reason: `event ${found.first} (${spec.kind}) created it, but it is not in the database: it was deleted`, eventId: found.first };
}
