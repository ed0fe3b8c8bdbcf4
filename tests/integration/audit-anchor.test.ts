// The anchor round trip through the real command-line scripts: npm run audit:anchor prints a
// signed head, npm run audit:verify -- --anchor proves the chain still holds it — and catches
// the one rewrite the signed chain cannot see by itself, a cut back to an earlier checkpoint.
import { afterEach, describe, expect, it, vi } from "vitest";
import { openDatabase } from "@/db/client";
import { createClient } from "@/lib/commands/clients";
import { formatAnchor, parseAnchor } from "@/lib/audit/anchor";
import { newAuditKeyText, parseAuditKey, signHead } from "@/lib/audit/signature";
import { makeActor } from "../helpers/db";
import { runScript as run } from "../helpers/scripts";
import { ok } from "../helpers/setback";
import { twoDays } from "../helpers/signed-chain";
import { cutToCheckpoint } from "../helpers/tamper";

const DAY = 86_400_000;
afterEach(() => vi.useRealTimers());

describe("an anchor kept outside the installation", () => {
  it("audit:anchor prints one that audit:verify --anchor accepts; a cut back to a checkpoint passes without it and fails with it", async () => {
    const file = await twoDays();
    const anchored = run("audit-anchor", file);
    expect(anchored.status).toBe(0);
    expect(anchored.out).toContain("Head: event 6, hash ");
    const anchor = anchored.out.trim().split("\n").at(-1)!;
    expect(parseAnchor(anchor)).toMatchObject({ eventId: 6 });

    const held = run("audit-verify", file, ["--anchor", anchor]);
    expect(held).toMatchObject({ status: 0 });
    expect(held.out).toMatch(/^ok: 6 events, 2 checkpoints signed by key [0-9a-f]{16}, last checkpoint at event 4 on 2026-11-24 09:00 UTC, head \(event 6\) signed on 2026-11-24 09:00 UTC, holds the anchor of event 6; the current state of 2 users and 9 settings matches their events\n/);

    const db = openDatabase(file);
    cutToCheckpoint(db, 4);
    db.$client.close();
    // What the file alone can prove: events 1 to 4 are as signed. It cannot know 5 and 6 existed.
    expect(run("audit-verify", file)).toMatchObject({ status: 0, out: expect.stringMatching(/^ok: 4 events, /) });
    const cut = run("audit-verify", file, ["--anchor", anchor]);
    expect(cut.status).toBe(1);
    expect(cut.out).toContain("broken: the chain: it ends at event 4, before the anchor's event 6");
  }, 60_000);

  it("refuses a forged anchor: an edited one, and one signed with another key", async () => {
    const file = await twoDays();
    const anchor = parseAnchor(run("audit-anchor", file).out.trim().split("\n").at(-1)!)!;
    const edited = formatAnchor({ ...anchor, hash: "f".repeat(64) });
    const other = formatAnchor(signHead(parseAuditKey(newAuditKeyText()), anchor));
    const forged = run("audit-verify", file, ["--anchor", edited]);
    expect(forged.status).toBe(1);
    expect(forged.out).toContain(`broken: the anchor: its signature by key ${anchor.keyId} does not match`);
    const foreign = run("audit-verify", file, ["--anchor", other]);
    expect(foreign.status).toBe(1);
    expect(foreign.out).toMatch(/broken: the anchor: it is signed by key [0-9a-f]{16}, which is not one of this installation's/);
    expect(run("audit-verify", file, ["--anchor", "amends-anchor.v1.6.nothing"])).toMatchObject({ status: 2, out: expect.stringContaining("That is not an anchor") });
  }, 60_000);

  it("an anchor from a later day still holds after more writes", async () => {
    const file = await twoDays();
    const anchor = run("audit-anchor", file).out.trim().split("\n").at(-1)!;
    const db = openDatabase(file);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2026, 10, 23, 9) + 3 * DAY);
    await ok(db, createClient, makeActor(db, "member"), { name: "Later" });
    vi.useRealTimers();
    db.$client.close();
    expect(run("audit-verify", file, ["--anchor", anchor])).toMatchObject({ status: 0, out: expect.stringMatching(/^ok: 8 events, 3 checkpoints .*, last checkpoint at event 7 on 2026-11-26 09:00 UTC, .*, holds the anchor of event 6; the current state of 3 users and 9 settings matches their events\n/) });
  }, 60_000);
});
