// Writing checked import rows: the records their timestamps imply, so reports treat imported and
// live setbacks alike. Runs inside the import command's one transaction.
import { isNotNull } from "drizzle-orm";
import { clientNameKey } from "../../lib/clients/name-key";
import type { ClientPlan } from "../../lib/import/clients";
import type { ImportRow } from "../../lib/import/rows";
import { formatReference } from "../../lib/setbacks/reference";
import type { Stage } from "../../lib/setbacks/vocabulary";
import { appendEvent } from "../audit";
import { categories, rootCauseCategories, setbacks } from "../schema";
import type { Conn } from "../client";
import { insertClient } from "./clients";
import { insertCommunication, insertCompensation, insertFollowUp, insertLesson, insertRemedyTask } from "./records";
import { highestSetbackNumber, insertSetback } from "./setbacks";

export function importedExternalIds(tx: Conn): Set<string> {
  return new Set(tx.select({ id: setbacks.externalId }).from(setbacks).where(isNotNull(setbacks.externalId)).all().map((r) => r.id!));
}

/** Keys and labels, lower case, of categories (and root-cause categories) → key. */
export function lookupMaps(tx: Conn) {
  const map = (rows: { key: string; label: string }[]) => new Map(rows.flatMap((r) => [[r.key.toLowerCase(), r.key], [r.label.toLowerCase(), r.key]] as [string, string][]));
  return {
    categories: map(tx.select({ key: categories.key, label: categories.label }).from(categories).all()),
    rootCauses: map(tx.select({ key: rootCauseCategories.key, label: rootCauseCategories.label }).from(rootCauseCategories).all()),
  };
}

function stageOf(r: ImportRow): Stage {
  if (r.closedAt !== null) return "closed";
  if (r.followedUpAt !== null) return "review";
  if (r.compensation !== null) return "follow_up";
  if (r.remediedAt !== null) return "compensation";
  if (r.notifiedAt !== null) return "remedying";
  return "discovered";
}

/** Creates the plan's new clients, then files every row under its client (by name key). */
export function writeImportedRows(tx: Conn, rows: readonly ImportRow[], plan: ClientPlan, actorId: number | null, rootCauses: ReadonlyMap<string, string>, now: number): number {
  const idByKey = new Map(plan.joining.map((j) => [clientNameKey(j.name), j.clientId]));
  for (const { name } of plan.created) {
    const id = insertClient(tx, { name, createdAt: now, updatedAt: now });
    appendEvent(tx, { kind: "client.created", actorId, clientId: id, at: now, data: { name, imported: true } });
    idByKey.set(clientNameKey(name), id);
  }
  const clientId = (r: ImportRow) => {
    const id = idByKey.get(r.clientKey);
    if (id === undefined) throw new Error(`line ${r.line}: no client planned for "${r.client}"`);
    return id;
  };
  let number = highestSetbackNumber(tx) ?? 0;
  for (const r of rows) {
    number += 1;
    const stage = stageOf(r);
    const cid = clientId(r);
    const stageChangedAt = r.closedAt ?? r.followedUpAt ?? r.remediedAt ?? r.notifiedAt ?? r.discoveredAt;
    const setbackId = insertSetback(tx, {
      number, clientId: cid, title: r.title, category: r.category, severity: r.severity, fault: r.fault, source: "internal",
      occurredAt: r.occurredAt, discoveredAt: r.discoveredAt, stage, stageChangedAt, externalId: r.externalId, reportedById: actorId, createdAt: now, updatedAt: now,
    });
    if (r.notifiedAt !== null) insertCommunication(tx, { setbackId, direction: "outbound", channel: r.notifiedChannel, occurredAt: r.notifiedAt, summary: "Notified (imported)", authorId: actorId, createdAt: now });
    if (r.remediedAt !== null) insertRemedyTask(tx, { setbackId, description: "Remedy (imported)", status: "done", doneAt: r.remediedAt, createdAt: now });
    if (r.compensation) {
      const at = r.remediedAt ?? r.notifiedAt ?? r.discoveredAt;
      insertCompensation(tx, { setbackId, ...r.compensation, status: "issued", approvedAt: at, issuedAt: at, createdAt: now });
    }
    if (r.followedUpAt !== null) insertFollowUp(tx, { setbackId, dueAt: r.followedUpAt, status: "done", doneAt: r.followedUpAt, satisfaction: r.satisfaction, createdAt: now });
    if (r.rootCause) {
      const category = rootCauses.get(r.rootCause.toLowerCase()) ?? "other";
      insertLesson(tx, { setbackId, rootCauseCategory: category, rootCause: r.rootCause, noActionReason: "Imported from a spreadsheet", createdAt: now, updatedAt: now });
    }
    appendEvent(tx, {
      kind: "setback.imported",
      actorId,
      setbackId,
      clientId: cid,
      at: now,
      data: { reference: formatReference(number), externalId: r.externalId, line: r.line, stage },
    });
  }
  return rows.length;
}
