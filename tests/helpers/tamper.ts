// What someone holding the database file (but not the audit key) can do to it: drop the
// append-only triggers, edit an event and recompute every later hash, rewrite the head, cut the
// chain short. The tests use these to check that audit:verify still tells.
import { eventHash, type ChainedRow } from "@/lib/audit/chain";
import type { Db } from "@/db/client";

export function dropGuards(db: Db): void {
  db.$client.exec(`
    drop trigger if exists events_no_update; drop trigger if exists events_no_delete;
    drop trigger if exists communications_no_update; drop trigger if exists communications_no_delete;
    drop trigger if exists audit_checkpoints_no_update; drop trigger if exists audit_checkpoints_no_delete;`);
}

function headOf(db: Db): Record<string, unknown> | null {
  const row = db.$client.prepare("select value from settings where key = 'audit.head'").get() as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as Record<string, unknown>) : null;
}

/** Edits event `id`'s data, recomputes the hash of it and of every event after it, and moves the head along. */
export function rewriteEvent(db: Db, id: number, edit: (data: Record<string, unknown>) => Record<string, unknown>): void {
  rewriteEventRow(db, id, (row) => ({ ...row, data: JSON.stringify(edit(JSON.parse(row.data) as Record<string, unknown>)) }));
}

/**
 * Edits event `id` as a whole (its time, its data), recomputes every later hash, and moves the
 * head along, keeping whatever else it held: a signed head keeps its now-invalid signature.
 */
export function rewriteEventRow(db: Db, id: number, edit: (row: ChainedRow) => ChainedRow): void {
  dropGuards(db);
  const rows = db.$client.prepare("select id, occurred_at as occurredAt, actor_id as actorId, kind, setback_id as setbackId, client_id as clientId, data, prev_hash as prevHash, hash from events where id >= ? order by id").all(id) as ChainedRow[];
  const update = db.$client.prepare("update events set occurred_at = ?, data = ?, prev_hash = ?, hash = ? where id = ?");
  let prevHash = rows[0].prevHash;
  for (const row of rows) {
    const next = row.id === id ? edit(row) : row;
    const hash = eventHash(prevHash, next);
    update.run(next.occurredAt, next.data, prevHash, hash, row.id);
    prevHash = hash;
  }
  const head = headOf(db);
  const last = rows[rows.length - 1];
  db.$client.prepare("update settings set value = ? where key = 'audit.head'").run(JSON.stringify({ ...head, id: last.id, hash: prevHash }));
}

/** The head as versions before signing wrote it: the last event's id and hash, no signature. */
export function writePlainHead(db: Db): void {
  const last = db.$client.prepare("select id, hash from events order by id desc limit 1").get() as { id: number; hash: string };
  db.$client.prepare("update settings set value = ? where key = 'audit.head'").run(JSON.stringify({ id: last.id, hash: last.hash }));
}

/** Every checkpoint deleted, as the probe did after dropping their trigger. */
export function deleteCheckpoints(db: Db): void {
  dropGuards(db);
  db.$client.exec("delete from audit_checkpoints");
}

/** Deletes every event after `lastKept`, and the recorded head with them. */
export function cutChain(db: Db, lastKept: number): void {
  dropGuards(db);
  db.$client.prepare("delete from events where id > ?").run(lastKept);
  db.$client.prepare("delete from settings where key = 'audit.head'").run();
}

/**
 * The cut a signed chain cannot see by itself: back to a checkpoint, with every later event and
 * checkpoint deleted and that checkpoint's signed head put back as the head. Only an anchor
 * kept outside the file (npm run audit:anchor) shows it.
 */
export function cutToCheckpoint(db: Db, eventId: number): void {
  dropGuards(db);
  const checkpoint = db.$client.prepare("select * from audit_checkpoints where event_id = ?").get(eventId) as { event_id: number; hash: string; signed_at: number; key_id: string; signature: string };
  db.$client.prepare("delete from events where id > ?").run(eventId);
  db.$client.prepare("delete from audit_checkpoints where event_id > ?").run(eventId);
  const head = { id: checkpoint.event_id, hash: checkpoint.hash, at: checkpoint.signed_at, keyId: checkpoint.key_id, signature: checkpoint.signature };
  db.$client.prepare("update settings set value = ? where key = 'audit.head'").run(JSON.stringify(head));
}
