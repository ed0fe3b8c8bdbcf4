// Every server action, read from lib/auth/entry-points.ts, called as a crafted request can call
// it: with no arguments, nulls, a string or a plain object where the form belongs, a FormData
// where the state belongs. React decodes whatever a request sends (text/plain JSON, or
// multipart with "$K1" naming a FormData), so an action cannot trust its arguments' shapes. Each
// must answer "This form could not be read" as a form error (or, taking no input, just run),
// anonymous or signed in, and never throw: a throw is a 500.
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

const state = await vi.hoisted(async () => {
  class Redirected extends Error {
    constructor(readonly url: string) {
      super(`redirect ${url}`);
    }
  }
  (await import("../helpers/app-database")).useAppDatabase("amends-action-args-");
  return { userId: null as number | null, Redirected };
});

vi.mock("react", async (original) => ({ ...(await original<typeof import("react")>()), cache: <T,>(fn: T) => fn }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new state.Redirected(url);
  },
  forbidden: () => {
    throw new Error("forbidden");
  },
  notFound: () => {
    throw new Error("not found");
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-auth", () => ({ AuthError: class extends Error {}, CredentialsSignin: class extends Error {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000", "x-forwarded-for": "192.0.2.11" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
vi.mock("@/app/_server/auth", () => ({
  auth: async () => (state.userId === null ? null : { user: { id: String(state.userId) } }),
  signIn: async () => undefined,
  signOut: async () => undefined,
  handlers: { GET: async () => new Response("{}"), POST: async () => new Response("{}") },
  SignInThrottled: class extends Error {},
}));

import { getDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { SERVER_ACTIONS } from "@/lib/auth/entry-points";
import { actionInput, UNREADABLE_FORM } from "@/app/_server/server-action";

const APP = path.join(process.cwd(), "app");
type Action = (...args: unknown[]) => Promise<unknown>;

const withFields = () => {
  const form = new FormData();
  form.append("x", "y");
  return form;
};
/** Argument lists a request can make React pass (the first four are the outside probe's). */
const HOSTILE: Array<[string, () => unknown[]]> = [
  ["[]", () => []],
  ["[null,null]", () => [null, null]],
  ['[{},"x"]', () => [{}, "x"]],
  ['["$K1"]: a FormData as the state, no form', () => [withFields()]],
  ["[{},{}]", () => [{}, {}]],
  ["[{},42]", () => [{}, 42]],
  ['["x", FormData]', () => ["x", withFields()]],
  ["[[], FormData]", () => [[], withFields()]],
  ["[Map, FormData]", () => [new Map(), withFields()]],
  ["[FormData, FormData]", () => [withFields(), withFields()]],
  ["[{}, Blob]", () => [{}, new Blob(["x"])]],
];

let admin = 0;
beforeAll(() => {
  const db = getDb();
  seedDemo(db);
  admin = (db.$client.prepare("select id from users where email = 'admin@demo.test'").get() as { id: number }).id;
});

async function load(key: string): Promise<Action> {
  const [file, name] = key.split("#");
  return (await import(path.join(APP, file)))[name] as Action;
}

describe("every server action, called with arguments of the wrong shape", () => {
  it("answers that the form could not be read, or runs without input, and never throws", async () => {
    const wrong: string[] = [];
    let calls = 0;
    for (const key of Object.keys(SERVER_ACTIONS)) {
      const action = await load(key);
      for (const userId of [null, admin]) {
        state.userId = userId;
        for (const [name, args] of HOSTILE) {
          const what = `${key} with ${name} (${userId === null ? "anonymous" : "admin"})`;
          calls += 1;
          let result: unknown;
          try {
            result = await action(...args());
          } catch (error) {
            // A signed-out caller of an action that takes no input is sent to sign in.
            if (error instanceof state.Redirected && error.url === "/login" && actionInput(action) === "none") continue;
            wrong.push(`${what} threw ${String(error)}`);
            continue;
          }
          const formError = (result as { formError?: unknown } | undefined)?.formError;
          if (actionInput(action) !== "none" && formError !== UNREADABLE_FORM) wrong.push(`${what} answered ${JSON.stringify(result)}`);
        }
      }
    }
    expect(calls).toBe(Object.keys(SERVER_ACTIONS).length * 2 * HOSTILE.length);
    expect(wrong, `${wrong.length} of ${calls} calls`).toEqual([]);
  });

  it("goes through the one wrapper, which says whether the action reads a form", async () => {
    for (const key of Object.keys(SERVER_ACTIONS)) expect(actionInput(await load(key)), key).toMatch(/^(form|none)$/);
  });
});
