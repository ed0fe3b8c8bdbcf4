// Demo data that tells a believable story: a dozen clients and about forty setbacks over the
// last six months, each carried as far through the lifecycle as its age allows, with the
// records its stage needs and an event for every write. Deterministic for a given `now`.
import { hashPasswordSync } from "../lib/auth/password";
import { DEFAULT_SETTINGS, DEFAULT_TARGETS } from "../lib/settings";
import { formatReference } from "../lib/setbacks/reference";
import { STAGES, type Fault, type Severity, type Stage } from "../lib/setbacks/vocabulary";
import { appendEvent } from "./audit";
import { inTransaction, type Conn, type Db } from "./client";
import { DEMO_CLIENTS, DEMO_PASSWORD, DEMO_USERS, STORY } from "./seed-story";
import { insertClient, insertContact } from "./writes/clients";
import { insertSetback, updateSetback } from "./writes/setbacks";
import { writeSetting } from "./writes/settings";
import { insertUser } from "./writes/users";
import { seedRecords, type SeedContext } from "./seed-records";
import { DAY, HOUR, minute, random } from "./seed-tools";

const SETBACKS = 40;
export const DEMO_ORGANISATION = "Brightwater Studio";

/** Newest setbacks are still open; older ones have travelled further. Index 0 is the oldest. */
function stageFor(i: number): Stage {
  const fromNewest = SETBACKS - 1 - i;
  const plan: [number, Stage][] = [[5, "discovered"], [9, "notified"], [15, "remedying"], [19, "compensation"], [23, "follow_up"], [26, "review"]];
  return plan.find(([limit]) => fromNewest < limit)?.[1] ?? "closed";
}

/** Which of the workers (the manager first) owns setback `i`; every ninth is nobody's. */
function ownerIndex(i: number, workers: number): number | null {
  return i % 9 === 8 ? null : i % workers;
}

/** The newest setback at Compensation owned by a member: its member's proposal waits for the manager. */
function awaitingApprovalIndex(workers: number): number {
  for (let i = SETBACKS - 1; i >= 0; i--) if (stageFor(i) === "compensation" && (ownerIndex(i, workers) ?? 0) > 0) return i;
  return -1;
}

const SEVERITY_CYCLE: Severity[] = ["medium", "high", "low", "medium", "critical", "high", "low", "medium"];


export function seedDemo(db: Db, now = Date.now()): { users: number; clients: number; setbacks: number } {
  const rnd = random(20261122);
  return inTransaction(db, (tx) => {
    const userIds = DEMO_USERS.map((u, i) => {
      const id = insertUser(tx, { ...u, passwordHash: hashPasswordSync(DEMO_PASSWORD), active: true, createdAt: now - 200 * DAY + i * HOUR });
      appendEvent(tx, { kind: "user.created", actorId: null, at: now - 200 * DAY + i * HOUR, data: { userId: id, email: u.email, name: u.name, role: u.role } });
      return id;
    });
    const [admin, manager, ...members] = userIds;
    // The demo's organisation has a name of its own: clients read it on their status page.
    writeSetting(tx, "organisationName", DEMO_ORGANISATION);
    appendEvent(tx, { kind: "settings.updated", actorId: admin, at: now - 200 * DAY + HOUR, data: { section: "organisation", changes: { organisationName: { from: DEFAULT_SETTINGS.organisationName, to: DEMO_ORGANISATION } } } });
    const workers = [manager, ...members];
    const clients = DEMO_CLIENTS.map((c, i) => {
      const at = minute(now - 195 * DAY + i * DAY);
      const accountOwnerId = workers[i % workers.length];
      const id = insertClient(tx, { name: c.name, notes: c.notes, accountOwnerId, createdAt: at, updatedAt: at });
      appendEvent(tx, { kind: "client.created", actorId: admin, clientId: id, at, data: { name: c.name, accountOwnerId, notes: c.notes } });
      const contactIds = c.contacts.map(([name, role, email]) => {
        const contactId = insertContact(tx, { clientId: id, name, role, email, phone: "", createdAt: at });
        appendEvent(tx, { kind: "contact.added", actorId: admin, clientId: id, at, data: { contactId, name, role, email } });
        return contactId;
      });
      return { id, contactIds };
    });
    for (let i = 0; i < SETBACKS; i++) seedSetback(tx, i, { rnd, now, clients, workers, manager });
    return { users: userIds.length, clients: clients.length, setbacks: SETBACKS };
  });
}

interface Cast {
  rnd: () => number;
  now: number;
  clients: { id: number; contactIds: number[] }[];
  workers: number[];
  manager: number;
}

function seedSetback(tx: Conn, i: number, cast: Cast) {
  const { rnd, now } = cast;
  const stage = stageFor(i);
  // Every fifth setback repeats one two before it (same client, same kind of trouble), so the
  // reports' recurrence figures have something to find.
  const repeatOf = i % 5 === 4 ? i - 2 : i;
  const line = STORY[repeatOf % STORY.length];
  const client = cast.clients[(repeatOf * 7) % cast.clients.length];
  const severity = SEVERITY_CYCLE[i % SEVERITY_CYCLE.length];
  const fromNewest = SETBACKS - 1 - i;
  // Open setbacks are recent (the board's clocks mostly running), closed ones spread over six months.
  const age =
    stage === "discovered"
      ? (fromNewest + 1) * 3 * HOUR + rnd() * HOUR
      : stage === "closed"
        ? (20 + (160 * (fromNewest - 26)) / (SETBACKS - 26)) * DAY
        : (1 + (fromNewest - 5) * 0.9) * DAY;
  const discoveredAt = minute(now - age);
  const occurredAt = minute(discoveredAt - rnd() * 48 * HOUR);
  const ownerId = ownerIndex(i, cast.workers.length) === null ? null : cast.workers[ownerIndex(i, cast.workers.length)!];
  const number = i + 1;
  const fault: Fault = line.category === "external" ? "external" : (["ours", "ours", "shared", "client"] as const)[i % 4];
  const reported = {
    clientId: client.id,
    title: line.title,
    description: line.description,
    category: line.category,
    severity,
    fault,
    source: i % 3 === 0 ? ("client" as const) : ("internal" as const),
    occurredAt,
    discoveredAt,
    impact: line.impact,
    ownerId,
    estimatedCostCents: i % 4 === 0 ? null : Math.round(50 + rnd() * 4000) * 100,
    clientRequest: i % 3 === 0 ? "A call from the account owner and a credit on the next invoice." : "",
    clientRequestAt: i % 3 === 0 ? discoveredAt : null,
    sharedWithClient: i % 2 === 0,
  };
  const reportedById = ownerId ?? cast.manager;
  const id = insertSetback(tx, {
    ...reported,
    number,
    stage: "discovered",
    stageChangedAt: discoveredAt,
    reportedById,
    createdAt: discoveredAt,
    updatedAt: discoveredAt,
  });
  const reference = formatReference(number);
  appendEvent(tx, { kind: "setback.reported", actorId: reportedById, setbackId: id, clientId: client.id, at: discoveredAt + 5 * 60_000, data: { reference, ...reported } });
  const target = DEFAULT_TARGETS.find((t) => t.severity === severity)!;
  const awaitingApproval = i === awaitingApprovalIndex(cast.workers.length);
  const ctx: SeedContext = { tx, rnd, now, setbackId: id, clientId: client.id, contactIds: client.contactIds, actorId: ownerId ?? cast.manager, manager: cast.manager, discoveredAt, severity, target, line, awaitingApproval, shared: reported.sharedWithClient };
  const reached = seedRecords(ctx, STAGES.indexOf(stage));
  updateSetback(tx, id, { stage: reached.stage, stageChangedAt: reached.at });
}
