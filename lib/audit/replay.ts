// What the events say the changeable columns of a row are now. audit:verify folds every event
// into this as it streams the chain, then compares the rows (db/audit-replay.ts): a setback's
// fields and stage, a compensation's status and approver, a user's role and active flag, the
// organisation's settings and service-level targets. A column no event holds is not compared:
// older events hold fewer (docs/security.md, "What the audit chain proves").
import type { ChainedRow } from "./chain";

/** A record's replayed columns: the value, and the event that set it last. */
export interface Replayed {
  values: Record<string, unknown>;
  by: Record<string, number>;
  /** The event that created it, when the chain holds one. */
  createdBy: number | null;
}

/** The event's data key → the setbacks column; setback.reported holds them, setback.updated changes them. */
export const SETBACK_FIELDS: Readonly<Record<string, string>> = {
  clientId: "client_id", title: "title", description: "description", category: "category", severity: "severity",
  fault: "fault", source: "source", occurredAt: "occurred_at", discoveredAt: "discovered_at", impact: "impact",
  ownerId: "owner_id", estimatedCostCents: "estimated_cost_cents", clientRequest: "client_request",
  clientRequestAt: "client_request_at", sharedWithClient: "shared_with_client",
};

const KINDS = new Set([
  "setback.reported", "setback.imported", "setback.updated", "setback.moved", "compensation.recorded", "compensation.updated",
  "user.created", "user.updated", "user.deactivated", "user.reactivated", "settings.updated",
]);

/** SQLite keeps booleans as 0 and 1. */
export const comparable = (value: unknown): unknown => (value === true ? 1 : value === false ? 0 : value === undefined ? null : value);

type Data = Record<string, unknown>;
type Change = { from?: unknown; to?: unknown };
const changesOf = (data: Data): Record<string, Change> => (data.changes && typeof data.changes === "object" ? (data.changes as Record<string, Change>) : {});

export class RowReplay {
  readonly setbacks = new Map<number, Replayed>();
  readonly compensations = new Map<number, Replayed>();
  readonly users = new Map<number, Replayed>();
  /** Organisation settings by key, and service-level targets by "severity.field". */
  readonly settings: Replayed = { values: {}, by: {}, createdBy: null };
  readonly targets: Replayed = { values: {}, by: {}, createdBy: null };

  push(row: ChainedRow): void {
    if (!KINDS.has(row.kind)) return;
    const data = JSON.parse(row.data) as Data;
    const id = row.id;
    switch (row.kind) {
      case "setback.reported":
      case "setback.imported": {
        if (row.setbackId === null) return;
        const r = this.record(this.setbacks, row.setbackId, id);
        for (const [key, column] of Object.entries(SETBACK_FIELDS)) if (key in data) set(r, column, data[key], id);
        // A reported setback starts discovered; an import (and the report fixture) says its stage.
        if ("stage" in data || row.kind === "setback.reported") set(r, "stage", data.stage ?? "discovered", id);
        if (row.kind === "setback.reported") for (const [column, value] of [["closed_as_minor", false], ["reopen_count", 0], ["no_compensation_reason", null]] as const) set(r, column, value, id);
        return;
      }
      case "setback.updated": {
        if (row.setbackId === null) return;
        const r = this.record(this.setbacks, row.setbackId);
        for (const [key, change] of Object.entries(changesOf(data))) if (SETBACK_FIELDS[key]) set(r, SETBACK_FIELDS[key], change.to, id);
        return;
      }
      case "setback.moved": {
        if (row.setbackId === null) return;
        const r = this.record(this.setbacks, row.setbackId);
        set(r, "stage", data.to, id);
        // Every move sets the minor flag (the demo seed's moves say no kind: not compared then).
        if ("kind" in data) set(r, "closed_as_minor", data.kind === "close_minor", id);
        else forget(r, "closed_as_minor");
        if (data.kind === "reopen" && "reopen_count" in r.values) set(r, "reopen_count", Number(r.values.reopen_count) + 1, id);
        return;
      }
      case "compensation.recorded": {
        if (typeof data.noneWarranted === "string" && row.setbackId !== null) set(this.record(this.setbacks, row.setbackId), "no_compensation_reason", data.noneWarranted, id);
        if (typeof data.compensationId !== "number") return;
        const r = this.record(this.compensations, data.compensationId, id);
        set(r, "proposed_by_id", row.actorId, id);
        // Within the threshold it stands approved at once; above it, it waits for a manager. The
        // seeds' events say the status outright, and then the approver is not known.
        const status = data.status ?? (typeof data.needsApproval === "boolean" ? (data.needsApproval ? "proposed" : "approved") : undefined);
        if (status !== undefined) set(r, "status", status, id);
        if (data.status === undefined) for (const column of ["approved_by_id", "decision_reason"]) set(r, column, null, id);
        return;
      }
      case "compensation.updated": {
        if (typeof data.compensationId !== "number") return;
        const r = this.record(this.compensations, data.compensationId);
        const to = changesOf(data).status?.to;
        if (to === undefined) return;
        set(r, "status", to, id);
        if (to === "approved" || to === "rejected") set(r, "approved_by_id", row.actorId, id);
        if (to === "rejected" && "reason" in data) set(r, "decision_reason", data.reason, id);
        return;
      }
      case "user.created": {
        if (typeof data.userId !== "number") return;
        const r = this.record(this.users, data.userId, id);
        if ("role" in data) set(r, "role", data.role, id);
        set(r, "active", true, id);
        return;
      }
      case "user.updated": {
        if (typeof data.userId !== "number") return;
        const role = changesOf(data).role;
        if (role) set(this.record(this.users, data.userId), "role", role.to, id);
        return;
      }
      case "user.deactivated":
      case "user.reactivated":
        if (typeof data.userId === "number") set(this.record(this.users, data.userId), "active", row.kind === "user.reactivated", id);
        return;
      case "settings.updated": {
        const into = data.section === "targets" ? this.targets : data.section === "organisation" ? this.settings : null;
        if (into) for (const [key, change] of Object.entries(changesOf(data))) set(into, key, change.to, id);
        return;
      }
    }
  }

  private record(map: Map<number, Replayed>, recordId: number, creatingEvent?: number): Replayed {
    let r = map.get(recordId);
    if (!r) map.set(recordId, (r = { values: {}, by: {}, createdBy: null }));
    if (creatingEvent !== undefined && r.createdBy === null) r.createdBy = creatingEvent;
    return r;
  }
}

function set(r: Replayed, column: string, value: unknown, eventId: number): void {
  r.values[column] = comparable(value);
  r.by[column] = eventId;
}

function forget(r: Replayed, column: string): void {
  delete r.values[column];
  delete r.by[column];
}
