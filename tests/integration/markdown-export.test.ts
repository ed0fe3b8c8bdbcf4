// A client's message through their link, with markup in it, then the retrospective's Markdown
// export (the real route): a Markdown viewer finds no raw HTML in it, and reads the message as
// the client wrote it.
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  (await import("../helpers/app-database")).useAppDatabase("amends-markdown-export-");
});
vi.mock("@/app/_server/auth", () => import("../helpers/route-session").then((m) => m.authModule));
vi.mock("react", () => import("../helpers/route-session").then((m) => m.reactModule()));

import { getDb } from "@/db/client";
import { createClient } from "@/lib/commands/clients";
import { createFeedbackLink, receiveFeedback } from "@/lib/commands/feedback";
import { RateLimiter } from "@/lib/rate-limit";
import { makeActor } from "../helpers/db";
import { callRoute, signInAs } from "../helpers/route-session";
import { ok } from "../helpers/setback";

const MESSAGE = "<script>alert('fb1')</script><img src=x onerror=alert(2)> our order is [late](javascript:alert(3))";

beforeAll(async () => {
  const db = getDb();
  const manager = makeActor(db, "manager");
  signInAs(manager.id);
  const { id: clientId } = await ok(db, createClient, manager, { name: "<b>Bold Foods</b>" });
  const { token } = await ok(db, createFeedbackLink, manager, { clientId, label: "Operations" });
  const limiter = () => new RateLimiter(10, 3_600_000);
  const sent = receiveFeedback(db, { token, address: "192.0.2.7", input: { what: MESSAGE }, now: Date.now(), perLink: limiter(), perAddress: limiter() });
  expect(sent).toMatchObject({ ok: true });
});

describe("the retrospective's Markdown export", () => {
  it("holds a client's message as text: no raw HTML, no link, and readable as sent", async () => {
    const response = await callRoute("GET (app)/retrospectives/export/route.ts", "/retrospectives/export?period=30");
    expect(response.status).toBe(200);
    const md = await response.text();
    const found: string[] = [];
    const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
      if (node.type === "html" || node.type === "link" || node.type === "image") found.push(`${node.type}: ${node.value ?? ""}`);
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    const tree = fromMarkdown(md);
    walk(tree);
    expect(found).toEqual([]);
    expect(md).not.toMatch(/<(script|img|b)\b/i);
    const line = tree.children.filter((n) => n.type === "list").map((n) => toString(n)).find((text) => text.includes("alert('fb1')"));
    expect(line).toMatch(/^SB-0001 /);
    expect(line).toContain(`SB-0001 ${MESSAGE} (<b>Bold Foods</b>, Discovered) — no lesson yet`);
  });
});
