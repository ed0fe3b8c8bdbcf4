// The outbox against a real SMTP server on loopback: a committed change mails once, a rolled-back
// one never, a refusal is retried on the backoff, and two workers never send one mail twice.
import net from "node:net";
import { describe, expect, it } from "vitest";
import { inTransaction, type Db } from "@/db/client";
import { enqueueDelivery, type NewDelivery } from "@/db/writes/deliveries";
import { executeCommand } from "@/lib/commands/command";
import { retryDelivery } from "@/lib/commands/deliveries";
import { smtpSender } from "@/lib/mail/transport";
import { deliverDue } from "@/lib/outbox/worker";
import { freshDb, makeActor } from "../helpers/db";
import { FROM, mailCatcher, senderTo } from "../helpers/mail";

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 1, 9, 0);

function aMail(key: string, to = "owner@amends.test"): NewDelivery {
  return { key, kind: "notify.warning", channel: "mail", target: to, payload: { subject: `About ${key}`, text: `Text of ${key}`, html: `<p>HTML of ${key}</p>` } };
}

function row(db: Db, key: string) {
  return db.$client.prepare("select status, attempts, next_attempt_at as nextAttemptAt, last_error as lastError, outcome from deliveries where key = ?").get(key) as
    | { status: string; attempts: number; nextAttemptAt: number; lastError: string | null; outcome: string | null }
    | undefined;
}

/** A port nothing listens on: connections to it are refused. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("the outbox", () => {
  it("mails what a committed transaction wrote, and nothing of one that rolled back", async () => {
    const db = freshDb();
    const catcher = await mailCatcher();
    inTransaction(db, (tx) => enqueueDelivery(tx, aMail("kept"), T0));
    expect(() =>
      inTransaction(db, (tx) => {
        enqueueDelivery(tx, aMail("rolled-back"), T0);
        throw new Error("the change failed");
      }),
    ).toThrow("the change failed");
    const run = await deliverDue(db, { mail: senderTo(catcher) }, "w1", () => T0);
    expect(run).toEqual({ sent: 1, retried: 0, failed: 0 });
    const [mail] = await catcher.waitFor(1);
    expect(catcher.mails).toHaveLength(1);
    expect([mail.to, mail.subject, mail.text.trim(), mail.html, mail.from]).toEqual([["owner@amends.test"], "About kept", "Text of kept", "<p>HTML of kept</p>", '"Amends test" <amends@amends.test>']);
    expect(row(db, "kept")).toMatchObject({ status: "sent", attempts: 1, outcome: mail.messageId });
    expect(row(db, "rolled-back")).toBeUndefined();
  });

  it("writes a notice once however often it is found again, and never sends it twice", async () => {
    const db = freshDb();
    const catcher = await mailCatcher();
    const written = [1, 2, 3].map(() => inTransaction(db, (tx) => enqueueDelivery(tx, aMail("breach:SB-0001"), T0)));
    expect(written).toEqual([true, false, false]);
    await deliverDue(db, { mail: senderTo(catcher) }, "w1", () => T0);
    await deliverDue(db, { mail: senderTo(catcher) }, "w1", () => T0 + 10 * MIN);
    inTransaction(db, (tx) => enqueueDelivery(tx, aMail("breach:SB-0001"), T0 + 20 * MIN));
    await deliverDue(db, { mail: senderTo(catcher) }, "w1", () => T0 + 30 * MIN);
    expect(catcher.mails.map((m) => m.subject)).toEqual(["About breach:SB-0001"]);
  });

  it("tries a refused mail again after a minute, then two, with the same Message-ID", async () => {
    const db = freshDb();
    const catcher = await mailCatcher();
    catcher.refuseNext(2);
    inTransaction(db, (tx) => enqueueDelivery(tx, aMail("promise:SB-0002"), T0));
    const send = { mail: senderTo(catcher) };
    expect(await deliverDue(db, send, "w1", () => T0)).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(row(db, "promise:SB-0002")).toMatchObject({ status: "pending", attempts: 1, nextAttemptAt: T0 + MIN, lastError: expect.stringContaining("451") });
    expect(await deliverDue(db, send, "w1", () => T0 + MIN - 1)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await deliverDue(db, send, "w1", () => T0 + MIN)).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(row(db, "promise:SB-0002")).toMatchObject({ attempts: 2, nextAttemptAt: T0 + 3 * MIN });
    expect(await deliverDue(db, send, "w1", () => T0 + 3 * MIN)).toEqual({ sent: 1, retried: 0, failed: 0 });
    const [mail] = await catcher.waitFor(1);
    expect(row(db, "promise:SB-0002")).toMatchObject({ status: "sent", attempts: 3, lastError: null, outcome: mail.messageId });
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@amends\.test>$/);
  });

  it("gives up after eleven attempts over about fourteen and a half hours, keeping the error", async () => {
    const db = freshDb();
    const port = await closedPort();
    const send = { mail: smtpSender({ url: `smtp://127.0.0.1:${port}`, from: FROM, fromAddress: "amends@amends.test" }) };
    inTransaction(db, (tx) => enqueueDelivery(tx, aMail("digest:7:2026-12-01"), T0));
    let now = T0;
    const outcomes: string[] = [];
    for (let i = 0; i < 11; i++) {
      const run = await deliverDue(db, send, "w1", () => now);
      outcomes.push(run.failed ? "failed" : run.retried ? "retried" : "nothing");
      now = row(db, "digest:7:2026-12-01")!.nextAttemptAt;
    }
    expect(outcomes).toEqual([...Array(10).fill("retried"), "failed"]);
    expect(row(db, "digest:7:2026-12-01")).toMatchObject({ status: "failed", attempts: 11, lastError: expect.stringMatching(/ECONNREFUSED/) });
    expect((now - T0) / MIN).toBe(871);
    expect(await deliverDue(db, send, "w1", () => now + 24 * 60 * MIN)).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it("lets two workers share the outbox without sending any mail twice", async () => {
    const db = freshDb();
    const catcher = await mailCatcher();
    inTransaction(db, (tx) => {
      for (let i = 1; i <= 30; i++) enqueueDelivery(tx, aMail(`warning:SB-${i}`, `user${i}@amends.test`), T0);
    });
    const [a, b] = await Promise.all([deliverDue(db, { mail: senderTo(catcher) }, "w1", () => T0), deliverDue(db, { mail: senderTo(catcher) }, "w2", () => T0)]);
    expect(a.sent + b.sent).toBe(30);
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    await catcher.waitFor(30);
    expect(new Set(catcher.mails.map((m) => m.to[0])).size).toBe(30);
    expect(catcher.mails).toHaveLength(30);
  });

  it("keeps a mail waiting while mail is off, and sends it once mail is on", async () => {
    const db = freshDb();
    const catcher = await mailCatcher();
    inTransaction(db, (tx) => enqueueDelivery(tx, aMail("approval:3"), T0));
    expect(await deliverDue(db, { mail: null }, "w1", () => T0)).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(row(db, "approval:3")).toMatchObject({ lastError: "Mail is off: SMTP_URL and MAIL_FROM are not set." });
    expect(await deliverDue(db, { mail: senderTo(catcher) }, "w1", () => T0 + MIN)).toEqual({ sent: 1, retried: 0, failed: 0 });
  });

  it("lets an admin send a failed mail again, with the whole schedule, as an event; never a sent one; not a member", async () => {
    const db = freshDb();
    const catcher = await mailCatcher();
    const admin = makeActor(db, "admin");
    const member = makeActor(db, "member");
    const port = await closedPort();
    const down = { mail: smtpSender({ url: `smtp://127.0.0.1:${port}`, from: FROM, fromAddress: "amends@amends.test" }) };
    inTransaction(db, (tx) => enqueueDelivery(tx, aMail("approval:9"), T0));
    let now = T0;
    for (let i = 0; i < 11; i++) {
      await deliverDue(db, down, "w1", () => now);
      now = row(db, "approval:9")!.nextAttemptAt;
    }
    expect(row(db, "approval:9")).toMatchObject({ status: "failed", attempts: 11 });
    const id = (db.$client.prepare("select id from deliveries where key = 'approval:9'").get() as { id: number }).id;
    expect(await executeCommand(db, retryDelivery, member, { id })).toMatchObject({ ok: false, status: 403 });
    expect(await executeCommand(db, retryDelivery, admin, { id })).toEqual({ ok: true, value: { id } });
    expect(row(db, "approval:9")).toMatchObject({ status: "pending", attempts: 0 });
    const event = db.$client.prepare("select data from events where kind = 'delivery.retried'").get() as { data: string };
    expect(JSON.parse(event.data)).toMatchObject({ deliveryId: id, status: "failed", attempts: 11, lastError: expect.stringMatching(/ECONNREFUSED/) });
    expect(await deliverDue(db, { mail: senderTo(catcher) }, "w1")).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await executeCommand(db, retryDelivery, admin, { id })).toMatchObject({ ok: false, status: 409, formError: "It was already sent; it is not sent twice." });
    expect(catcher.mails).toHaveLength(1);
  });
});
