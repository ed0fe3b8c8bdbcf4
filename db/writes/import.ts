// Writing checked import rows: the records their timestamps imply, so reports treat imported and
// live setbacks alike. Runs inside the import command's one transaction.
import { isNotNull } from "drizzle-orm";
import { clientNameKey } from "../../lib/clients/name-key";
import type { ClientPlan } from "../../lib/import/clients";
import type { ImportRow } from "../../lib/import/rows";
import { formatReference } from "../../lib/setbacks/reference";
import type { Stage } from "../../lib/setbacks/vocabulary";
import { appendEvents, type NewEvent } from "../audit";
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
  // Gathered and appended at the end, so the head is signed once for the whole file.
  const pending: NewEvent[] = [];
  const idByKey = new Map(plan.joining.map((j) => [clientNameKey(j.name), j.clientId]));
  for (const { name } of plan.created) {
    const id = insertClient(tx, { name, createdAt: now, updatedAt: now });
    pending.push({ kind: "client.created", actorId, clientId: id, at: now, data: { name, imported: true } });
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
    const reference = formatReference(number);
    // Each implied record gets the event that creates it, as one made in the app would
    // (audit:verify checks every record against it); `recordsLogged` says this import did so.
    const event = (kind: NewEvent["kind"], data: Record<string, unknown>) => pending.push({ kind, actorId, setbackId, clientId: cid, at: now, data: { reference, ...data, imported: true } });
    event("setback.imported", { externalId: r.externalId, line: r.line, stage, recordsLogged: true });
    if (r.notifiedAt !== null) {
      const told = { direction: "outbound" as const, channel: r.notifiedChannel, occurredAt: r.notifiedAt, summary: "Notified (imported)" };
      const communicationId = insertCommunication(tx, { ...told, setbackId, authorId: actorId, createdAt: now });
      event("communication.logged", { communicationId, ...told });
    }
    if (r.remediedAt !== null) {
      const taskId = insertRemedyTask(tx, { setbackId, description: "Remedy (imported)", status: "done", doneAt: r.remediedAt, createdAt: now });
      event("remedy.added", { taskId, description: "Remedy (imported)", doneAt: r.remediedAt });
    }
    if (r.compensation) {
      const at = r.remediedAt ?? r.notifiedAt ?? r.discoveredAt;
      const compensationId = insertCompensation(tx, { setbackId, ...r.compensation, status: "issued", approvedAt: at, issuedAt: at, createdAt: now });
      event("compensation.recorded", { compensationId, ...r.compensation, status: "issued" });
    }
    if (r.followedUpAt !== null) {
      const followUpId = insertFollowUp(tx, { setbackId, dueAt: r.followedUpAt, status: "done", doneAt: r.followedUpAt, satisfaction: r.satisfaction, createdAt: now });
      event("follow_up.added", { followUpId, dueAt: r.followedUpAt, satisfaction: r.satisfaction });
    }
    if (r.rootCause) {
      const category = rootCauses.get(r.rootCause.toLowerCase()) ?? "other";
      const lessonId = insertLesson(tx, { setbackId, rootCauseCategory: category, rootCause: r.rootCause, noActionReason: "Imported from a spreadsheet", createdAt: now, updatedAt: now });
      event("lesson.recorded", { lessonId, rootCauseCategory: category, rootCause: r.rootCause });
    }
  }
  appendEvents(tx, pending);
  return rows.length;
}
