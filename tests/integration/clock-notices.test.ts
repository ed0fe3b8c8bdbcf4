// The scheduler's clock notices end to end on a real database and a real SMTP server: the issue's
// "a critical setback discovered three hours ago with an owner mails the owner and the managers
// once each, and never again for that breach", the 75 % warning, and a setback nobody owns.
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createClient } from "@/lib/commands/clients";
import type { Actor } from "@/lib/commands/command";
import { setNotificationPreferences } from "@/lib/commands/notification-preferences";
import { reportSetback } from "@/lib/commands/setbacks";
import { tick, type SchedulerOptions } from "@/lib/outbox/scheduler";
import { freshDb, makeActor } from "../helpers/db";
import { mailCatcher, senderTo } from "../helpers/mail";
import { ok } from "../helpers/setback";

const H = 3_600_000;
const LEASE = 180_000;
let clients = 0;

async function critical(db: Db, actor: Actor, discoveredHoursAgo: number, owner: number | null, now: number) {
  const name = `Northwind Logistics ${++clients}`;
  const { id: clientId } = await ok(db, createClient, actor, { name });
  const at = new Date(now - discoveredHoursAgo * H).toISOString();
  const { id } = await ok(db, reportSetback, actor, { clientId, title: "Pallets missing", category: "delay", severity: "critical", fault: "ours", source: "internal", occurredAt: at, discoveredAt: at, ownerId: owner });
  return { id, client: name };
}

function noticesOf(db: Db) {
  return db.$client.prepare("select u.name as who, n.title from notices n join users u on u.id = n.user_id order by u.name, n.id").all() as { who: string; title: string }[];
}

describe("the clocks speak", () => {
  it("escalates a critical setback's breach to its owner and every manager, once", async () => {
    const db = freshDb();
    const catcher = await mailCatcher();
    const owner = makeActor(db, "member", "Tom Okafor");
    makeActor(db, "manager", "Priya Shah");
    makeActor(db, "manager", "Sam Reyes");
    const now = Date.now();
    const { client } = await critical(db, owner, 3, owner.id, now);
    const opts: SchedulerOptions = { db, worker: "w1", senders: { mail: senderTo(catcher) }, baseUrl: "https://amends.example.com", clock: () => now };
    const first = await tick(opts, LEASE);
    expect(first).toEqual({ notices: 3, delivered: { sent: 3, retried: 0, failed: 0 } });
    const mails = await catcher.waitFor(3);
    const emails = db.$client.prepare("select email from users order by name").all().map((u) => (u as { email: string }).email);
    expect(mails.map((m) => m.to[0]).sort()).toEqual([...emails].sort());
    expect(mails.map((m) => m.subject)).toEqual(Array(3).fill(`Breached: SB-0001, the time to tell ${client} ran out`));
    expect(mails.every((m) => m.text.includes("https://amends.example.com/setbacks/SB-0001#clocks") && m.html.includes("Amends for Amends"))).toBe(true);
    expect(noticesOf(db).map((n) => n.who)).toEqual(["Priya Shah", "Sam Reyes", "Tom Okafor"]);

    const later = { ...opts, clock: () => now + 10 * 60_000 };
    expect(await tick(later, LEASE)).toEqual({ notices: 0, delivered: { sent: 0, retried: 0, failed: 0 } });
    expect(await tick({ ...later, worker: "w2", clock: () => now + 12 * 60_000 }, LEASE)).toEqual({ notices: null, delivered: { sent: 0, retried: 0, failed: 0 } });
    // Once the lease has run out another worker sweeps, and finds nothing new either.
    expect(await tick({ ...later, worker: "w2", clock: () => now + 14 * 60_000 }, LEASE)).toEqual({ notices: 0, delivered: { sent: 0, retried: 0, failed: 0 } });
    expect(catcher.mails).toHaveLength(3);
  });

  it("warns the owner alone at 75 % of the target, then escalates at the breach", async () => {
    const db = freshDb();
    const catcher = await mailCatcher();
    const owner = makeActor(db, "member", "Tom Okafor");
    makeActor(db, "manager", "Priya Shah");
    const now = Date.now();
    const { client } = await critical(db, owner, 1.5, owner.id, now);
    const at = (ms: number): SchedulerOptions => ({ db, worker: "w1", senders: { mail: senderTo(catcher) }, baseUrl: "https://amends.example.com", clock: () => ms });
    expect((await tick(at(now), LEASE)).notices).toBe(1);
    expect((await tick(at(now + 10 * 60_000), LEASE)).notices).toBe(0);
    expect((await tick(at(now + 31 * 60_000), LEASE)).notices).toBe(2);
    await catcher.waitFor(3);
    expect(catcher.mails.map((m) => [m.to[0].split("@")[0].replace(/\d+$/, ""), m.subject])).toEqual([
      ["member", `30 min left to tell ${client} (SB-0001)`],
      ["member", `Breached: SB-0001, the time to tell ${client} ran out`],
      ["manager", `Breached: SB-0001, the time to tell ${client} ran out`],
    ]);
  });

  it("tells the managers from the start when nobody owns the setback", async () => {
    const db = freshDb();
    const catcher = await mailCatcher();
    const manager = makeActor(db, "manager", "Priya Shah");
    makeActor(db, "member", "Tom Okafor");
    const now = Date.now();
    await critical(db, manager, 1.6, null, now);
    expect((await tick({ db, worker: "w1", senders: { mail: senderTo(catcher) }, baseUrl: "https://amends.example.com", clock: () => now }, LEASE)).notices).toBe(1);
    const [mail] = await catcher.waitFor(1);
    expect(mail.to[0]).toMatch(/^manager\d+@test\.example$/);
    expect(mail.text).toContain("Nobody owns SB-0001 yet: give it an owner.");
  });

  it("writes the in-app notices and no mail while mail is off", async () => {
    const db = freshDb();
    const owner = makeActor(db, "member", "Tom Okafor");
    const now = Date.now();
    await critical(db, owner, 3, owner.id, now);
    expect(await tick({ db, worker: "w1", senders: { mail: null }, baseUrl: "https://amends.example.com", clock: () => now }, LEASE)).toEqual({ notices: 1, delivered: { sent: 0, retried: 0, failed: 0 } });
    expect(noticesOf(db)).toEqual([{ who: "Tom Okafor", title: expect.stringMatching(/^Breached: SB-0001/) }]);
    expect((db.$client.prepare("select count(*) as n from deliveries").get() as { n: number }).n).toBe(0);
  });

  it("leaves out what the owner turned off, but never an escalation", async () => {
    const db = freshDb();
    const catcher = await mailCatcher();
    const owner = makeActor(db, "member", "Tom Okafor");
    // Warnings: in Needs me only, no mail.
    expect(await ok(db, setNotificationPreferences, owner, { "clock.warning.inApp": "on" })).toEqual({ changed: true });
    const now = Date.now();
    const { client } = await critical(db, owner, 1.5, owner.id, now);
    const at = (ms: number): SchedulerOptions => ({ db, worker: "w1", senders: { mail: senderTo(catcher) }, baseUrl: "https://amends.example.com", clock: () => ms });
    expect((await tick(at(now), LEASE)).delivered.sent).toBe(0);
    expect(noticesOf(db)).toEqual([{ who: "Tom Okafor", title: `30 min left to tell ${client} (SB-0001)` }]);
    // Nothing at all for warnings: not even in the app; the breach still comes both ways.
    expect(await ok(db, setNotificationPreferences, owner, {})).toEqual({ changed: true });
    expect((await tick(at(now + 31 * 60_000), LEASE)).delivered.sent).toBe(1);
    const [mail] = await catcher.waitFor(1);
    expect(mail.subject).toBe(`Breached: SB-0001, the time to tell ${client} ran out`);
    expect(noticesOf(db).map((n) => n.title)).toEqual([`30 min left to tell ${client} (SB-0001)`, mail.subject]);
    const event = db.$client.prepare("select data from events where kind = 'notification_settings.updated' order by id desc limit 1").get() as { data: string };
    expect(JSON.parse(event.data).changes).toEqual({ "clock.warning.inApp": { from: true, to: false } });
  });

  it("runs a client's report not yet assessed on the critical clocks (decision 013)", async () => {
    const db = freshDb();
    const manager = makeActor(db, "manager", "Priya Shah");
    const now = Date.now();
    const { id } = await critical(db, manager, 2.5, null, now);
    db.$client.prepare("update setbacks set severity = 'unassessed' where id = ?").run(id);
    expect((await tick({ db, worker: "w1", senders: { mail: null }, baseUrl: "https://amends.example.com", clock: () => now }, LEASE)).notices).toBe(1);
    expect(noticesOf(db)).toEqual([{ who: "Priya Shah", title: expect.stringMatching(/^Breached: SB-0001, the time to tell /) }]);
  });
});
