// Every server action and route handler, read from app/, against every kind of caller:
// anonymous, member, manager, admin, and a deactivated admin (session or API token). Each must
// answer exactly as lib/auth/entry-points.ts and the permissions table say; one missing from
// the table fails.
import { SESSION_ENDED_FORM, SESSION_ENDED_NOTICE } from "@/lib/auth/session-ended";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

const state = await vi.hoisted(async () => {
  class Redirected extends Error {
    constructor(readonly url: string) {
      super(`redirect ${url}`);
    }
  }
  class Forbidden extends Error {}
  // Before any module opens the database: the application's own getDb() uses this file.
  (await import("../helpers/app-database")).useAppDatabase("amends-entry-");
  return { userId: null as number | null, Redirected, Forbidden };
});

vi.mock("react", async (original) => ({ ...(await original<typeof import("react")>()), cache: <T,>(fn: T) => fn }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new state.Redirected(url);
  },
  forbidden: () => {
    throw new state.Forbidden();
  },
  notFound: () => {
    throw new Error("not found");
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-auth", () => ({ AuthError: class extends Error {}, CredentialsSignin: class extends Error {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000", "x-forwarded-for": "192.0.2.10" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
// The session: whoever the test says is signed in. Everything after it (re-reading the user,
// the role check) is the application's own code.
vi.mock("@/app/_server/auth", () => ({
  auth: async () => (state.userId === null ? null : { user: { id: String(state.userId) } }),
  signIn: async () => undefined,
  signOut: async () => undefined,
  handlers: { GET: async () => new Response("{}"), POST: async () => new Response("{}") },
  SignInThrottled: class extends Error {},
}));

import { getDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { initialFormState } from "@/app/_components/form-state";
import { SERVER_ACTIONS, ROUTE_HANDLERS, type Gate } from "@/lib/auth/entry-points";
import { can, ROLES, type Role } from "@/lib/auth/roles";
import { executeCommand } from "@/lib/commands/command";
import { createApiToken } from "@/lib/commands/tokens";

const APP = path.join(process.cwd(), "app");
type Caller = { name: string; userId: number | null; token: string | null; role: Role | null };
type Outcome = "signed out" | "forbidden" | "allowed";

function files(dir: string, keep: (file: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full, keep) : keep(full) ? [full] : [];
  });
}

function expected(gate: Gate, caller: Caller): Outcome {
  if (gate === "public") return "allowed";
  if (caller.role === null) return "signed out";
  return gate === "signed-in" || can(caller.role, gate) ? "allowed" : "forbidden";
}

const callers: Caller[] = [];

beforeAll(async () => {
  const db = getDb();
  seedDemo(db);
  const user = (email: string) => db.$client.prepare("select id, name, role from users where email = ?").get(email) as { id: number; name: string; role: Role };
  for (const email of ["member@demo.test", "manager@demo.test", "admin@demo.test"]) {
    const u = user(email);
    const made = await executeCommand(db, createApiToken, u, { name: "Entry points" });
    if (!made.ok) throw new Error("token");
    callers.push({ name: u.role, userId: u.id, token: made.value.token, role: u.role });
  }
  // An admin who has been deactivated: their session and their token must both stop working.
  const tom = user("tom@demo.test");
  db.$client.prepare("update users set role = 'admin' where id = ?").run(tom.id);
  const token = await executeCommand(db, createApiToken, { ...tom, role: "admin" }, { name: "Old" });
  if (!token.ok) throw new Error("token");
  db.$client.prepare("update users set active = 0 where id = ?").run(tom.id);
  callers.push({ name: "deactivated admin", userId: tom.id, token: token.value.token, role: null });
  callers.unshift({ name: "anonymous", userId: null, token: null, role: null });
});

describe("every server action", () => {
  const actionFiles = files(APP, (f) => f.endsWith(".ts") && fs.readFileSync(f, "utf8").startsWith('"use server"'));

  it("is in the table, and the table names only real actions", async () => {
    const found: string[] = [];
    for (const file of actionFiles) {
      const exported = await import(file);
      for (const [name, value] of Object.entries(exported)) if (typeof value === "function") found.push(`${path.relative(APP, file)}#${name}`);
    }
    expect(found.sort()).toEqual(Object.keys(SERVER_ACTIONS).sort());
  });

  it("answers each caller as its gate says", async () => {
    let checked = 0;
    for (const [key, gate] of Object.entries(SERVER_ACTIONS)) {
      const [file, name] = key.split("#");
      const action = (await import(path.join(APP, file)))[name] as (s: unknown, f: FormData) => Promise<{ formError?: string } | void>;
      for (const caller of callers) {
        state.userId = caller.userId;
        let outcome: Outcome = "allowed";
        try {
          const result = await action(initialFormState, new FormData());
          if (result?.formError && /^Your role \(\w+\) may not /.test(result.formError)) outcome = "forbidden";
          // A form answers a caller without a session in words, keeping what was typed.
          if (result?.formError === SESSION_ENDED_FORM || result?.formError === SESSION_ENDED_NOTICE) outcome = "signed out";
        } catch (error) {
          if (error instanceof state.Redirected && error.url.startsWith("/login")) outcome = "signed out";
          else if (error instanceof state.Forbidden) outcome = "forbidden";
          else throw error;
        }
        expect(outcome, `${key} as ${caller.name}`).toBe(expected(gate, caller));
        checked += 1;
      }
    }
    expect(checked).toBe(Object.keys(SERVER_ACTIONS).length * 5);
  });
});

describe("every route handler", () => {
  const routeFiles = files(APP, (f) => f.endsWith(`${path.sep}route.ts`));
  const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

  it("is in the table, and the table names only real handlers", async () => {
    const found: string[] = [];
    for (const file of routeFiles) {
      const exported = await import(file);
      for (const method of METHODS) if (typeof exported[method] === "function") found.push(`${method} ${path.relative(APP, file)}`);
    }
    expect(found.sort()).toEqual(Object.keys(ROUTE_HANDLERS).sort());
  });

  it("answers each caller (by session, or by API token under api/v1) as its gate says", async () => {
    let checked = 0;
    for (const [key, gate] of Object.entries(ROUTE_HANDLERS)) {
      const [method, file] = key.split(" ");
      const handler = (await import(path.join(APP, file)))[method] as (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
      const byToken = file.startsWith("api/v1/");
      for (const caller of callers) {
        state.userId = byToken ? null : caller.userId;
        const headers: Record<string, string> = { "content-type": "application/json" };
        if (byToken && caller.token) headers.authorization = `Bearer ${caller.token}`;
        const request = new Request(`http://localhost:3000/${file.replace(/^\(app\)\//, "").replace(/\/route\.ts$/, "").replace("[id]", "1").replace("[ref]", "SB-0001")}`, {
          method,
          headers,
          body: method === "GET" ? undefined : "{}",
        });
        const response = await handler(request, { params: Promise.resolve({ id: "1", ref: "SB-0001", nextauth: "session" }) });
        const outcome: Outcome = response.status === 401 ? "signed out" : response.status === 403 ? "forbidden" : "allowed";
        expect(outcome, `${key} as ${caller.name} (${response.status})`).toBe(expected(gate, caller));
        checked += 1;
      }
    }
    expect(checked).toBe(Object.keys(ROUTE_HANDLERS).length * 5);
  });
});

it("covers every role of the permissions table", () => {
  expect(callers.map((c) => c.role).filter(Boolean).sort()).toEqual([...ROLES].sort());
});

