// While the audit chain's head fails its check, every writer that appends an event is held —
// the API (503 problem details, Retry-After), a client's message through their link — and the
// notes that append none go on: a token's last use, a failed sign-in's count.
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => (await import("../helpers/app-database")).useAppDatabase("amends-audit-held-"));

import { getDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { DEMO_PASSWORD } from "@/db/seed-story";
import { authenticate } from "@/lib/auth/authenticate";
import { executeCommand } from "@/lib/commands/command";
import { createFeedbackLink, receiveFeedback } from "@/lib/commands/feedback";
import { createApiToken } from "@/lib/commands/tokens";
import { RateLimiter } from "@/lib/rate-limit";
import { POST as createClientRoute } from "@/app/api/v1/clients/route";
import { count } from "../helpers/db";
import { rewriteEventRow } from "../helpers/tamper";

const HELD = "Amends could not save: its audit trail failed a check, so writes are held until an operator runs npm run audit:verify; nothing was saved.";
let token = "";
let linkToken = "";

beforeAll(async () => {
  const db = getDb();
  seedDemo(db);
  const user = (email: string) => db.$client.prepare("select id, name, role from users where email = ?").get(email) as { id: number; name: string; role: "member" | "manager" };
  const made = await executeCommand(db, createApiToken, user("member@demo.test"), { name: "Sync" });
  const link = await executeCommand(db, createFeedbackLink, user("manager@demo.test"), { clientId: 1, label: "Account page" });
  if (!made.ok || !link.ok) throw new Error("setup");
  [token, linkToken] = [made.value.token, link.value.token];
  // The probe: the last event back-dated an hour and every hash after it recomputed; the signed head left.
  const last = (db.$client.prepare("select max(id) as id from events").get() as { id: number }).id;
  rewriteEventRow(db, last, (row) => ({ ...row, occurredAt: row.occurredAt - 3_600_000 }));
});

describe("writes held after the chain was rewritten behind the app's back", () => {
  it("the API answers 503 with the refusal in words and Retry-After, after counting the token's use; nothing is written", async () => {
    const db = getDb();
    db.$client.exec("update api_tokens set last_used_at = null");
    const before = [count(db, "events"), count(db, "clients")];
    const answer = await createClientRoute(
      new Request("http://localhost/api/v1/clients", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ name: "Innocent write Ltd" }) }),
      { params: Promise.resolve({}) },
    );
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("300");
    expect(await answer.json()).toMatchObject({ status: 503, detail: HELD });
    expect([count(db, "events"), count(db, "clients")]).toEqual(before);
    // The note that writes no event was kept.
    expect((db.$client.prepare("select last_used_at as at from api_tokens").get() as { at: number | null }).at).not.toBeNull();
  });

  it("a client's message through their link is refused in the same words and kept on their form", () => {
    const db = getDb();
    const setbacks = count(db, "setbacks");
    const result = receiveFeedback(db, {
      token: linkToken,
      address: "203.0.113.9",
      input: { token: linkToken, what: "The invoice is wrong", impact: "", reach: "", website: "" },
      now: Date.now(),
      perLink: new RateLimiter(10, 60_000),
      perAddress: new RateLimiter(10, 60_000),
    });
    expect(result).toEqual({ ok: false, status: 503, formError: HELD, fieldErrors: {} });
    expect(count(db, "setbacks")).toBe(setbacks);
  });

  it("a failed sign-in is still counted (a note, no event), and a right password still signs in", async () => {
    const db = getDb();
    const failures = count(db, "sign_in_failures");
    expect(await authenticate(db, "member@demo.test", "not the password", "203.0.113.10")).toEqual({ ok: false, reason: "invalid" });
    expect(count(db, "sign_in_failures")).toBeGreaterThan(failures);
    expect(await authenticate(db, "member@demo.test", DEMO_PASSWORD, "203.0.113.11")).toMatchObject({ ok: true });
  });
});
