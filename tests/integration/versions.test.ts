// No lost update for the records edited in place besides setbacks (setbacks.test.ts has theirs):
// two people open the same version; the first save goes in, the second is refused and changes
// nothing; made again on the newer version it goes in.
import { describe, expect, it } from "vitest";
import { executeCommand, type Actor, type Command } from "@/lib/commands/command";
import { editClient, editContact } from "@/lib/commands/clients";
import { saveLesson } from "@/lib/commands/lessons";
import { changedSinceOpened, type Versioned } from "@/lib/commands/versions";
import { count, freshDb, makeActor } from "../helpers/db";
import { aSetback, ok } from "../helpers/setback";
import type { Db } from "@/db/client";
import type { z } from "zod";

interface Case {
  record: Versioned;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  command: Command<z.ZodType, any>;
  /** The record's id fields, and a first edit's fields. */
  target: (ids: Awaited<ReturnType<typeof aSetback>>) => Record<string, unknown>;
  first: Record<string, unknown>;
  second: Record<string, unknown>;
  /** The stored row, to compare before and after the refused edit. */
  row: (db: Db, ids: Awaited<ReturnType<typeof aSetback>>) => Record<string, unknown>;
  /** The version a form opened before anything was saved carries. */
  opened: number;
}

const lesson = { rootCauseCategory: "process", rootCause: "No cut-off check" };
const cases: Case[] = [
  {
    record: "client",
    command: editClient,
    target: ({ clientId }) => ({ clientId, name: "Northwind" }),
    first: { notes: "Prefers email" },
    second: { notes: "Call before noon" },
    row: (db, { clientId }) => db.$client.prepare("select name, notes, version from clients where id = ?").get(clientId) as Record<string, unknown>,
    opened: 1,
  },
  {
    record: "contact",
    command: editContact,
    target: ({ contactId }) => ({ contactId, name: "Hannah Cole" }),
    first: { phone: "+44 20 7946 0000" },
    second: { role: "Head of operations" },
    row: (db, { contactId }) => db.$client.prepare("select name, phone, role, version from contacts where id = ?").get(contactId) as Record<string, unknown>,
    opened: 1,
  },
  {
    record: "lesson",
    command: saveLesson,
    target: ({ setbackId }) => ({ setbackId, ...lesson }),
    first: { wentWell: "Called the client within the hour" },
    second: { wentWrong: "The cut-off was missed" },
    row: (db, { setbackId }) => db.$client.prepare("select went_well, went_wrong, version from lessons where setback_id = ?").get(setbackId) as Record<string, unknown>,
    // Nobody had written the lesson when both forms were opened.
    opened: 0,
  },
];

describe.each(cases)("editing a $record from an older version", ({ record, command, target, first, second, row, opened }) => {
  it("is refused with the message, leaves the newer version and the trail as they are, and goes in when made again", async () => {
    const db = freshDb();
    const alex: Actor = makeActor(db, "member");
    const sam: Actor = makeActor(db, "member");
    const ids = await aSetback(db, alex);
    const base = target(ids);

    await ok(db, command, alex, { ...base, ...first, version: String(opened) });
    const saved = row(db, ids);
    const events = count(db, "events");

    const stale = await executeCommand(db, command, sam, { ...base, ...second, version: String(opened) });
    expect(stale).toEqual({ ok: false, status: 409, formError: changedSinceOpened(record), fieldErrors: {} });
    expect(row(db, ids)).toEqual(saved);
    expect(count(db, "events")).toBe(events);

    const current = saved.version as number;
    await ok(db, command, sam, { ...base, ...first, ...second, version: String(current) });
    expect(row(db, ids)).toMatchObject({ version: current + 1 });
    expect(count(db, "events")).toBe(events + 1);
  });

  it("without a version (an API client or script) edits the current one", async () => {
    const db = freshDb();
    const alex = makeActor(db, "member");
    const ids = await aSetback(db, alex);
    await ok(db, command, alex, { ...target(ids), ...first });
    await ok(db, command, alex, { ...target(ids), ...second });
    expect(row(db, ids).version).toBe(opened === 0 ? 2 : 3);
  });
});
