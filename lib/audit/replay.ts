// What the events say the changeable columns of a row are now. audit:verify folds every event
// into this as it streams the chain, then compares the rows (db/audit-replay.ts): a setback's
// fields and stage, a compensation's status and approver, a user's role and active flag, the
// organisation's settings and service-level targets. A column no event holds is not compared:
// older events hold fewer (docs/security.md, "What the audit chain proves").
import type { ChainedRow } from "./chain";

/**
 * A record's replayed columns, in its table's COLUMNS order (an array: a million-event chain
 * keeps one per setback); UNKNOWN where no event said. `by` (which event set each) is kept only
 * when one record is replayed again to name the event behind a difference.
 */
export interface Replayed {
  values: unknown[];
  /** The event that created it, when the chain holds one. */
  createdBy: number | null;
  by?: number[];
}

export const UNKNOWN = Symbol("not recorded by any event");

/** The event's data key → the setbacks column; setback.reported holds them, setback.updated changes them. */
export const SETBACK_FIELDS: Readonly<Record<string, string>> = {
  clientId: "client_id", title: "title", description: "description", category: "category", severity: "severity",
  fault: "fault", source: "source", occurredAt: "occurred_at", discoveredAt: "discovered_at", impact: "impact",
  ownerId: "owner_id", estimatedCostCents: "estimated_cost_cents", clientRequest: "client_request",
  clientRequestAt: "client_request_at", sharedWithClient: "shared_with_client", clientTitle: "client_title",
  occurredAtKnown: "occurred_at_known",
};

export const COLUMNS = {
  setbacks: [...Object.values(SETBACK_FIELDS), "stage", "closed_as_minor", "reopen_count", "no_compensation_reason"],
  compensations: ["status", "proposed_by_id", "approved_by_id", "decision_reason"],
  users: ["role", "active"],
} as const;
type Table = keyof typeof COLUMNS;

/** Settings and targets by key ("approvalThresholdCents", "critical.notifyHours"), with the event that set each. */
export interface ReplayedKeys {
  values: Record<string, unknown>;
  by: Record<string, number>;
}

const KINDS = new Set([
  "setback.reported", "setback.imported", "setback.updated", "setback.triaged", "setback.moved", "compensation.recorded", "compensation.updated",
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
  readonly settings: ReplayedKeys = { values: {}, by: {} };
  readonly targets: ReplayedKeys = { values: {}, by: {} };

  /** `track`: remember which event set each column (to name it; for one record, not a whole chain). */
  constructor(private readonly track = false) {}

  push(row: ChainedRow): void {
    if (!KINDS.has(row.kind)) return;
    const data = JSON.parse(row.data) as Data;
    const id = row.id;
    const setback = (creating?: number) => (row.setbackId === null ? null : this.record("setbacks", row.setbackId, creating));
    const S = (column: string) => indexOf("setbacks", column);
    switch (row.kind) {
      case "setback.reported":
      case "setback.imported": {
        const r = setback(id);
        if (!r) return;
        for (const [key, column] of Object.entries(SETBACK_FIELDS)) if (key in data) set(r, S(column), data[key], id);
        // A reported setback starts discovered; an import (and the report fixture) says its stage.
        if ("stage" in data || row.kind === "setback.reported") set(r, S("stage"), data.stage ?? "discovered", id);
        if (row.kind === "setback.reported") for (const [column, value] of [["closed_as_minor", false], ["reopen_count", 0], ["no_compensation_reason", null]] as const) set(r, S(column), value, id);
        return;
      }
      case "setback.updated":
      case "setback.triaged": {
        const r = setback();
        if (r) for (const [key, change] of Object.entries(changesOf(data))) if (SETBACK_FIELDS[key]) set(r, S(SETBACK_FIELDS[key]), change.to, id);
        return;
      }
      case "setback.moved": {
        const r = setback();
        if (!r) return;
        set(r, S("stage"), data.to, id);
        // Every move sets the minor flag (the demo seed's moves say no kind: not compared then).
        set(r, S("closed_as_minor"), "kind" in data ? data.kind === "close_minor" : UNKNOWN, id);
        const reopened = r.values[S("reopen_count")];
        if (data.kind === "reopen" && typeof reopened === "number") set(r, S("reopen_count"), reopened + 1, id);
        return;
      }
      case "compensation.recorded": {
        if (typeof data.noneWarranted === "string") {
          const r = setback();
          if (r) set(r, S("no_compensation_reason"), data.noneWarranted, id);
        }
        if (typeof data.compensationId !== "number") return;
        const r = this.record("compensations", data.compensationId, id);
        const C = (column: string) => indexOf("compensations", column);
        // Imported from a spreadsheet: recorded by whoever imported it, proposed by nobody here.
        set(r, C("proposed_by_id"), data.imported === true ? null : row.actorId, id);
        // Within the threshold it stands approved at once; above it, it waits for a manager. The
        // seeds' events say the status outright, and then the approver is not known.
        const status = data.status ?? (typeof data.needsApproval === "boolean" ? (data.needsApproval ? "proposed" : "approved") : undefined);
        if (status !== undefined) set(r, C("status"), status, id);
        if (data.status === undefined) for (const column of ["approved_by_id", "decision_reason"]) set(r, C(column), null, id);
        return;
      }
      case "compensation.updated": {
        const to = changesOf(data).status?.to;
        if (typeof data.compensationId !== "number" || to === undefined) return;
        const r = this.record("compensations", data.compensationId);
        const C = (column: string) => indexOf("compensations", column);
        set(r, C("status"), to, id);
        if (to === "approved" || to === "rejected") set(r, C("approved_by_id"), row.actorId, id);
        if (to === "rejected" && "reason" in data) set(r, C("decision_reason"), data.reason, id);
        return;
      }
      case "user.created":
      case "user.updated":
      case "user.deactivated":
      case "user.reactivated": {
        if (typeof data.userId !== "number") return;
        const r = this.record("users", data.userId, row.kind === "user.created" ? id : undefined);
        const role = row.kind === "user.created" ? ("role" in data ? data.role : UNKNOWN) : changesOf(data).role?.to;
        if (role !== undefined) set(r, indexOf("users", "role"), role, id);
        if (row.kind !== "user.updated") set(r, indexOf("users", "active"), row.kind !== "user.deactivated", id);
        return;
      }
      case "settings.updated": {
        const into = data.section === "targets" ? this.targets : data.section === "organisation" ? this.settings : null;
        if (into) {
          for (const [key, change] of Object.entries(changesOf(data))) {
            into.values[key] = comparable(change.to);
            into.by[key] = id;
          }
        }
        return;
      }
    }
  }

  private record(table: Table, recordId: number, creatingEvent?: number): Replayed {
    const map = this[table];
    let r = map.get(recordId);
    if (!r) {
      r = { values: new Array<unknown>(COLUMNS[table].length).fill(UNKNOWN), createdBy: null };
      if (this.track) r.by = new Array<number>(COLUMNS[table].length).fill(0);
      map.set(recordId, r);
    }
    if (creatingEvent !== undefined && r.createdBy === null) r.createdBy = creatingEvent;
    return r;
  }
}

const INDEX = Object.fromEntries(Object.entries(COLUMNS).map(([table, columns]) => [table, Object.fromEntries(columns.map((c, i) => [c, i]))])) as Record<Table, Record<string, number>>;
const indexOf = (table: Table, column: string) => INDEX[table][column];

function set(r: Replayed, index: number, value: unknown, eventId: number): void {
  r.values[index] = value === UNKNOWN ? UNKNOWN : comparable(value);
  if (r.by) r.by[index] = eventId;
}
