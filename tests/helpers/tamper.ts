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
  dropGuards(db);
  const rows = db.$client.prepare("select id, occurred_at as occurredAt, actor_id as actorId, kind, setback_id as setbackId, client_id as clientId, data, prev_hash as prevHash, hash from events where id >= ? order by id").all(id) as ChainedRow[];
  const update = db.$client.prepare("update events set data = ?, prev_hash = ?, hash = ? where id = ?");
  let prevHash = rows[0].prevHash;
  for (const row of rows) {
    const data = row.id === id ? JSON.stringify(edit(JSON.parse(row.data) as Record<string, unknown>)) : row.data;
    const hash = eventHash(prevHash, { ...row, data });
    update.run(data, prevHash, hash, row.id);
    prevHash = hash;
  }
  const head = headOf(db);
  const last = rows[rows.length - 1];
  db.$client.prepare("update settings set value = ? where key = 'audit.head'").run(JSON.stringify({ ...head, id: last.id, hash: prevHash }));
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
