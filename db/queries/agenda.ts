// The items of "My follow-ups": planned follow-ups, open remedy tasks and preventive actions not
// yet done, due before `until`, for one owner or the whole team.
import { and, eq, isNotNull, isNull, lt, type SQL } from "drizzle-orm";
import { clients, followUps, lessons, preventiveActions, remedyTasks, setbacks, users } from "../schema";
import type { Conn } from "../client";

export interface AgendaEntry {
  kind: "follow_up" | "remedy" | "preventive_action";
  id: number;
  dueAt: number;
  what: string;
  setbackNumber: number;
  setbackTitle: string;
  clientName: string;
  owner: string | null;
}

const owned = (column: Parameters<typeof eq>[0], ownerId: number | null): SQL | undefined => (ownerId === null ? undefined : eq(column, ownerId));

export async function agendaEntries(conn: Conn, ownerId: number | null, until: number, tasksUntil: number): Promise<AgendaEntry[]> {
  const base = { setbackNumber: setbacks.number, setbackTitle: setbacks.title, clientName: clients.name, owner: users.name };
  const follow = conn
    .select({ id: followUps.id, dueAt: followUps.dueAt, ...base })
    .from(followUps)
    .innerJoin(setbacks, eq(setbacks.id, followUps.setbackId))
    .innerJoin(clients, eq(clients.id, setbacks.clientId))
    .leftJoin(users, eq(users.id, followUps.ownerId))
    .where(and(eq(followUps.status, "planned"), lt(followUps.dueAt, until), owned(followUps.ownerId, ownerId)))
    .all();
  const tasks = conn
    .select({ id: remedyTasks.id, dueAt: remedyTasks.dueAt, what: remedyTasks.description, ...base })
    .from(remedyTasks)
    .innerJoin(setbacks, eq(setbacks.id, remedyTasks.setbackId))
    .innerJoin(clients, eq(clients.id, setbacks.clientId))
    .leftJoin(users, eq(users.id, remedyTasks.ownerId))
    .where(and(eq(remedyTasks.status, "open"), isNotNull(remedyTasks.dueAt), lt(remedyTasks.dueAt, tasksUntil), owned(remedyTasks.ownerId, ownerId)))
    .all();
  const actions = conn
    .select({ id: preventiveActions.id, dueAt: preventiveActions.dueAt, what: preventiveActions.description, ...base })
    .from(preventiveActions)
    .innerJoin(lessons, eq(lessons.id, preventiveActions.lessonId))
    .innerJoin(setbacks, eq(setbacks.id, lessons.setbackId))
    .innerJoin(clients, eq(clients.id, setbacks.clientId))
    .leftJoin(users, eq(users.id, preventiveActions.ownerId))
    .where(and(isNull(preventiveActions.doneAt), isNotNull(preventiveActions.dueAt), lt(preventiveActions.dueAt, tasksUntil), owned(preventiveActions.ownerId, ownerId)))
    .all();
  return [
    ...follow.map((f) => ({ ...f, kind: "follow_up" as const, what: "Follow up with the client" })),
    ...tasks.map((t) => ({ ...t, kind: "remedy" as const, dueAt: t.dueAt! })),
    ...actions.map((a) => ({ ...a, kind: "preventive_action" as const, dueAt: a.dueAt! })),
  ];
}
