// Issue 13, finding 2: the approval threshold applies to a setback's compensation total, not to
// each proposal, so splitting one large amount into small ones no longer skips the manager.
import { describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/commands/command";
import { approveCompensation, decideNoCompensation, issueCompensation, proposeCompensation, rejectCompensation } from "@/lib/commands/compensations";
import { freshDb, makeActor } from "../helpers/db";
import { aSetback, ok } from "../helpers/setback";

async function aTeam() {
  const db = freshDb();
  const member = makeActor(db, "member");
  const manager = makeActor(db, "manager");
  const { setbackId } = await aSetback(db, member);
  const propose = (amountCents: string, actor = member) => ok(db, proposeCompensation, actor, { setbackId, kind: "refund", amountCents });
  const statuses = () => (db.$client.prepare("select status from compensations order by id").all() as { status: string }[]).map((r) => r.status);
  return { db, member, manager, setbackId, propose, statuses };
}

describe("the approval threshold (500.00) applies to the setback's total", () => {
  it("a second 499.99 takes the total above it: it waits for a manager, and cannot be issued", async () => {
    const { db, member, propose, statuses } = await aTeam();
    const first = await propose("499.99");
    const second = await propose("499.99");
    const third = await propose("499.99");
    expect(statuses()).toEqual(["approved", "proposed", "proposed"]);
    expect(first).toMatchObject({ needsApproval: false, totalCents: 49_999, thresholdCents: 50_000 });
    expect(second).toMatchObject({ needsApproval: true, totalCents: 99_998 });
    expect(third).toMatchObject({ needsApproval: true, totalCents: 149_997 });
    expect(await executeCommand(db, issueCompensation, member, { compensationId: second.compensationId })).toMatchObject({
      ok: false,
      status: 409,
      formError: "That compensation is proposed, not approved.",
    });
  });

  it("counts what was already issued", async () => {
    const { db, member, propose } = await aTeam();
    const first = await propose("499.99");
    await ok(db, issueCompensation, member, { compensationId: first.compensationId });
    expect(await propose("0.02")).toMatchObject({ needsApproval: true, totalCents: 50_001 });
  });

  it("counts one waiting for a manager, and one a manager approved", async () => {
    const { db, manager, propose, statuses } = await aTeam();
    const big = await propose("600.00");
    expect(big).toMatchObject({ needsApproval: true, totalCents: 60_000 });
    expect(await propose("1.00")).toMatchObject({ needsApproval: true, totalCents: 60_100 });
    await ok(db, approveCompensation, manager, { compensationId: big.compensationId });
    expect(await propose("1.00")).toMatchObject({ needsApproval: true, totalCents: 60_200 });
    expect(statuses()).toEqual(["approved", "proposed", "proposed"]);
  });

  it("does not count a rejected one: what stays within the total still stands approved", async () => {
    const { db, manager, propose, statuses } = await aTeam();
    await propose("300.00");
    const second = await propose("300.00");
    expect(second).toMatchObject({ needsApproval: true, totalCents: 60_000 });
    await ok(db, rejectCompensation, manager, { compensationId: second.compensationId, reason: "Too much" });
    expect(await propose("200.00")).toMatchObject({ needsApproval: false, totalCents: 50_000 });
    expect(statuses()).toEqual(["approved", "rejected", "approved"]);
  });

  it("holds for a manager's own proposals too (another manager approves)", async () => {
    const { db, manager, propose } = await aTeam();
    await propose("400.00", manager);
    const second = await propose("400.00", manager);
    expect(second).toMatchObject({ needsApproval: true, totalCents: 80_000 });
    expect(await executeCommand(db, approveCompensation, manager, { compensationId: second.compensationId })).toMatchObject({ ok: false, status: 403 });
  });

  it("only sums one currency: with compensation in another, a manager approves", async () => {
    const { db, setbackId, propose } = await aTeam();
    db.$client.prepare("insert into compensations (setback_id, kind, amount_cents, currency, status, created_at) values (?, 'refund', 100, 'USD', 'issued', ?)").run(setbackId, Date.now());
    expect(await propose("1.00")).toMatchObject({ needsApproval: true, totalCents: 100, otherCurrencies: ["USD"] });
  });
});

describe("a decision of no compensation", () => {
  it("is refused while compensation is proposed, approved or issued; a rejected one does not stand in its way", async () => {
    const { db, member, manager, setbackId, propose } = await aTeam();
    const first = await propose("499.99");
    const second = await propose("499.99");
    const decide = () => executeCommand(db, decideNoCompensation, member, { setbackId, reason: "Client declined" });
    expect(await decide()).toMatchObject({
      ok: false,
      status: 409,
      formError: 'This setback already has compensation (1 approved (€499.99), 1 waiting for approval (€499.99)), so "none warranted" cannot be recorded beside it; a manager can reject a proposal that should not stand.',
    });
    expect(db.$client.prepare("select no_compensation_reason as r from setbacks where id = ?").get(setbackId)).toEqual({ r: null });
    await ok(db, rejectCompensation, manager, { compensationId: second.compensationId, reason: "Too much" });
    await ok(db, issueCompensation, member, { compensationId: first.compensationId });
    expect(await decide()).toMatchObject({ ok: false, status: 409, formError: expect.stringContaining("(1 issued (€499.99))") });
  });

  it("is recorded when every compensation was rejected", async () => {
    const { db, member, manager, setbackId, propose } = await aTeam();
    const big = await propose("900.00");
    await ok(db, rejectCompensation, manager, { compensationId: big.compensationId, reason: "Not warranted" });
    expect(await executeCommand(db, decideNoCompensation, member, { setbackId, reason: "Client declined" })).toMatchObject({ ok: true });
  });
});

describe("an amount of nothing", () => {
  it("is refused beside the amount, for every kind: what a replacement or a free service is worth counts towards the threshold", async () => {
    const { db, member, setbackId } = await aTeam();
    for (const kind of ["free_service", "replacement", "refund"]) {
      expect(await executeCommand(db, proposeCompensation, member, { setbackId, kind, amountCents: "0", description: "12 months of free service, worth 6000 EUR" })).toMatchObject({
        ok: false,
        status: 400,
        fieldErrors: { amountCents: ["Enter an amount above 0: for a replacement or a free service, what it is worth"] },
      });
    }
  });
});
