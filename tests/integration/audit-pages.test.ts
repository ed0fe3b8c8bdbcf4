import { describe, expect, it } from "vitest";
import { eventNames, pageEvents } from "@/db/queries/audit-events";
import { deactivateUser } from "@/lib/commands/users";
import { createClient } from "@/lib/commands/clients";
import { freshDb, makeActor } from "../helpers/db";
import { ok } from "../helpers/setback";

async function withClients(n: number) {
  const db = freshDb();
  const admin = makeActor(db, "admin", "Ada Admin");
  for (let i = 1; i <= n; i++) await ok(db, createClient, admin, { name: `Client ${i}` });
  return { db, admin };
}

describe("the audit page's events, a page at a time", () => {
  it("walks 7 events in pages of 3, newest first, forwards and back, with the total and each page's place", async () => {
    const { db } = await withClients(7);
    const p1 = await pageEvents(db, { kind: "client.created" }, {}, 3);
    expect(p1.rows.map((r) => r.data.name)).toEqual(["Client 7", "Client 6", "Client 5"]);
    expect(p1).toMatchObject({ total: 7, first: 1, hasNewer: false, hasOlder: true });
    const p2 = await pageEvents(db, { kind: "client.created" }, { before: p1.rows.at(-1)!.id }, 3);
    expect(p2.rows.map((r) => r.data.name)).toEqual(["Client 4", "Client 3", "Client 2"]);
    expect(p2).toMatchObject({ total: 7, first: 4, hasNewer: true, hasOlder: true });
    const p3 = await pageEvents(db, { kind: "client.created" }, { before: p2.rows.at(-1)!.id }, 3);
    expect(p3.rows.map((r) => r.data.name)).toEqual(["Client 1"]);
    expect(p3).toMatchObject({ first: 7, hasNewer: true, hasOlder: false });
    const back = await pageEvents(db, { kind: "client.created" }, { after: p3.rows[0].id }, 3);
    expect(back.rows.map((r) => r.data.name)).toEqual(["Client 4", "Client 3", "Client 2"]);
    expect(back).toMatchObject({ first: 4, hasNewer: true, hasOlder: true });
  });

  it("loads the names the events stand for: a deactivated user by name", async () => {
    const { db, admin } = await withClients(0);
    const tom = makeActor(db, "member", "Tom Okafor");
    await ok(db, deactivateUser, admin, { userId: tom.id });
    const { rows } = await pageEvents(db, { kind: "user.deactivated" });
    const names = await eventNames(db, rows);
    expect(names.users.get(tom.id!)).toBe("Tom Okafor");
  });
});
