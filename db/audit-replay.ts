// The rows that change after they are created, compared with what their events say they are
// now (lib/audit/replay.ts): setbacks, compensations, users, the organisation's settings and the
// service-level targets. Read a batch at a time in id order; names the first column that differs.
import { sql } from "drizzle-orm";
import type { ChainedRow } from "../lib/audit/chain";
import { COLUMNS, comparable, RowReplay, UNKNOWN, type Replayed } from "../lib/audit/replay";
import type { RecordCount } from "../lib/audit/report";
import { DEFAULT_SETTINGS, DEFAULT_TARGETS } from "../lib/settings";
import type { RecordBreak } from "./audit-records";
import type { Conn } from "./client";

const BATCH = 5000;
type Row = Record<string, unknown> & { id: number };

/** Each table whose rows are replayed, the event that must have created every row, and that record's events. */
const TABLES = [
  { table: "setbacks", noun: "setback", creator: "setback.reported or setback.imported", eventsOf: sql`setback_id = `, of: (r: RowReplay) => r.setbacks },
  { table: "compensations", noun: "compensation", creator: "compensation.recorded", eventsOf: sql`kind in ('compensation.recorded', 'compensation.updated') and data ->> '$.compensationId' = `, of: (r: RowReplay) => r.compensations },
  { table: "users", noun: "user", creator: "user.created", eventsOf: sql`kind like 'user.%' and data ->> '$.userId' = `, of: (r: RowReplay) => r.users },
] as const;
type Spec = (typeof TABLES)[number];

function kindOf(tx: Conn, eventId: number): string {
  return tx.get<{ kind: string }>(sql`select kind from events where id = ${eventId}`).kind;
}

function differs(tx: Conn, subject: string, column: string, eventId: number): RecordBreak {
  return { subject, reason: `its ${column} differs from what event ${eventId} (${kindOf(tx, eventId)}) recorded: it was changed behind the application's back`, eventId };
}

/** The event that set `column` of one record last: its events replayed again, remembering which set what (rare: only to name a difference). */
function eventBehind(tx: Conn, spec: Spec, recordId: number, index: number): number {
  const one = new RowReplay(true);
  const rows = tx.all<ChainedRow>(sql`select id, occurred_at as occurredAt, actor_id as actorId, kind, setback_id as setbackId, client_id as clientId, data, prev_hash as prevHash, hash from events where ${spec.eventsOf}${recordId} order by id`);
  for (const row of rows) one.push(row);
  return spec.of(one).get(recordId)!.by![index];
}

function* rowsOf(tx: Conn, table: string): Generator<Row> {
  for (let after = 0; ; ) {
    // Table names are the constants above, never input.
    const rows = tx.all<Row>(sql`select * from ${sql.raw(`"${table}"`)} where id > ${after} order by id limit ${BATCH}`);
    if (rows.length === 0) return;
    yield* rows;
    after = rows[rows.length - 1].id;
  }
}

export function verifyReplay(tx: Conn, replay: RowReplay): RecordCount[] | RecordBreak {
  const counts: RecordCount[] = [];
  for (const spec of TABLES) {
    const replayed = spec.of(replay);
    const seen = new Set<number>();
    for (const row of rowsOf(tx, spec.table)) {
      const r = replayed.get(row.id);
      const subject = `${spec.noun} ${row.id}`;
      if (!r || r.createdBy === null) {
        // Compensations without their event are named by the record check (db/audit-records.ts).
        if (spec.table === "compensations") continue;
        return { subject, reason: `no ${spec.creator} event created it: it was added behind the application's back`, eventId: null };
      }
      seen.add(row.id);
      const index = firstDifference(row, r, COLUMNS[spec.table]);
      if (index !== null) return differs(tx, subject, COLUMNS[spec.table][index], eventBehind(tx, spec, row.id, index));
    }
    for (const [id, r] of replayed) {
      if (r.createdBy !== null && !seen.has(id) && spec.table !== "compensations") {
        return { subject: `${spec.noun} ${id}`, reason: `event ${r.createdBy} (${kindOf(tx, r.createdBy)}) created it, but it is not in the database: it was deleted`, eventId: r.createdBy };
      }
    }
    counts.push({ noun: spec.noun, count: seen.size, importedBefore: 0 });
  }
  const settings = verifySettings(tx, replay);
  return "reason" in settings ? settings : [...counts, settings];
}

function firstDifference(row: Row, r: Replayed, columns: readonly string[]): number | null {
  for (let i = 0; i < columns.length; i++) if (r.values[i] !== UNKNOWN && comparable(row[columns[i]]) !== r.values[i]) return i;
  return null;
}

/** Every organisation setting and target is its default until a settings.updated event changes it. */
function verifySettings(tx: Conn, replay: RowReplay): RecordCount | RecordBreak {
  const stored = new Map(tx.all<{ key: string; value: string }>(sql`select key, value from settings`).map((s) => [s.key, s.value]));
  let n = 0;
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const text = stored.get(key);
    const value = text === undefined ? fallback : parsed(text);
    const eventId = replay.settings.by[key];
    const expected = eventId === undefined ? comparable(fallback) : replay.settings.values[key];
    if (comparable(value) !== expected) return settingBreak(tx, `the setting ${key}`, eventId);
    n++;
  }
  const targets = tx.all<Row & { severity: string }>(sql`select severity, notify_hours as notifyHours, remedy_hours as remedyHours, follow_up_hours as followUpHours from service_level_targets`);
  for (const target of targets) {
    const fallback = DEFAULT_TARGETS.find((t) => t.severity === target.severity) as Record<string, unknown> | undefined;
    for (const field of ["notifyHours", "remedyHours", "followUpHours"]) {
      const key = `${target.severity}.${field}`;
      const eventId = replay.targets.by[key];
      const expected = eventId === undefined ? fallback?.[field] : replay.targets.values[key];
      if (expected !== undefined && target[field] !== expected) return settingBreak(tx, `the ${target.severity} target ${field}`, eventId);
    }
    n++;
  }
  return { noun: "setting", count: n, importedBefore: 0 };
}

function settingBreak(tx: Conn, subject: string, eventId: number | undefined): RecordBreak {
  if (eventId === undefined) return { subject, reason: "it differs from its default, and no settings.updated event changed it: it was changed behind the application's back", eventId: null };
  return differs(tx, subject, "value", eventId);
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
