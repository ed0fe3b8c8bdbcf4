import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE } from "./env";

function failures(email: string): number {
  const db = new Database(E2E_DATABASE, { readonly: true });
  try {
    return (db.prepare("select failures from sign_in_failures where key = ?").get(`account:${email}`) as { failures: number } | undefined)?.failures ?? 0;
  } finally {
    db.close();
  }
}

test("a server action posted from another site is refused before it runs", async ({ request, baseURL }) => {
  // The sign-in form as a browser without JavaScript would post it: its hidden action fields.
  const page = await (await request.get("/login")).text();
  const fields: Record<string, string> = {};
  for (const [, name, value = ""] of page.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)) {
    fields[name] = value.replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  }
  expect(Object.keys(fields).length).toBeGreaterThan(0);
  const post = (origin: string) =>
    request.post("/login", { headers: { origin }, multipart: { ...fields, email: "priya@demo.test", password: "wrong-password" } });

  const before = failures("priya@demo.test");
  const foreign = await post("https://evil.example");
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  expect(failures("priya@demo.test")).toBe(before);

  // The same request from the app's own origin runs: the refusal above was the origin's doing.
  const own = await post(new URL(baseURL!).origin);
  expect(own.status()).toBe(200);
  expect(failures("priya@demo.test")).toBe(before + 1);
});
