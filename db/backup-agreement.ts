// A restore must not put back a history other than the one this installation signed: every
// signed checkpoint (and the signed head) of the database being replaced that the backup reaches
// must name the backup's event with the same hash. A backup that is merely older agrees.
import fs from "node:fs";
import Database from "better-sqlite3";
import { verifierKeys } from "../lib/audit/key-source";
import { utcMinute } from "../lib/audit/report";
import { signatureProblem, type SignedHead } from "../lib/audit/signature";

export interface InstallationCheck {
  /** Why the backup's chain is not this installation's, or null. */
  disagreement: string | null;
  /** The replaced database's signed head, when it had one. */
  replacedHead: SignedHead | null;
  /** Events of the replaced database that the backup does not have: the restore loses them. */
  lostEvents: number;
}

const NONE: InstallationCheck = { disagreement: null, replacedHead: null, lostEvents: 0 };

function signedRecords(live: Database.Database): { checkpoints: SignedHead[]; head: SignedHead | null } {
  // `*`: a database from before the legacy flag has no such column (its checkpoints are all ordinary).
  const rows = live.prepare("select * from audit_checkpoints order by event_id").all() as { event_id: number; hash: string; signed_at: number; key_id: string; signature: string; legacy?: number }[];
  const checkpoints = rows.map((c): SignedHead => ({ eventId: c.event_id, hash: c.hash, at: c.signed_at, keyId: c.key_id, signature: c.signature, legacy: c.legacy === 1 }));
  const row = live.prepare("select value from settings where key = 'audit.head'").get() as { value: string } | undefined;
  const v = row ? (JSON.parse(row.value) as Record<string, unknown>) : {};
  const head = typeof v.signature === "string" ? ({ eventId: v.id, hash: v.hash, at: v.at, keyId: v.keyId, signature: v.signature } as SignedHead) : null;
  return { checkpoints, head };
}

export function installationDisagreement(backupFile: string, target: string): InstallationCheck {
  if (!fs.existsSync(target)) return NONE;
  const keys = verifierKeys(target);
  let live: Database.Database | null = null;
  let signed: ReturnType<typeof signedRecords>;
  try {
    live = new Database(target, { readonly: true, fileMustExist: true });
    signed = signedRecords(live);
  } catch {
    // Unreadable, or from before checkpoints: it has no anchors to hold the backup to.
    return NONE;
  } finally {
    live?.close();
  }
  const trusted = [...signed.checkpoints, ...(signed.head ? [signed.head] : [])].filter((s) => signatureProblem(s, keys) === null);
  const replacedHead = signed.head && trusted.includes(signed.head) ? signed.head : null;
  const backup = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    const last = (backup.prepare("select coalesce(max(id), 0) as id from events").get() as { id: number }).id;
    const hashAt = backup.prepare("select hash from events where id = ?");
    for (const s of trusted) {
      if (s.eventId > last) continue;
      const hash = (hashAt.get(s.eventId) as { hash: string } | undefined)?.hash;
      if (hash !== s.hash) {
        return { disagreement: `its event ${s.eventId} is not the one this installation signed on ${utcMinute(s.at)}: its history was rewritten, or it is another installation's`, replacedHead, lostEvents: 0 };
      }
    }
    return { disagreement: null, replacedHead, lostEvents: replacedHead ? Math.max(0, replacedHead.eventId - last) : 0 };
  } finally {
    backup.close();
  }
}
