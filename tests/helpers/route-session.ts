// For integration tests that call the app's route handlers as someone signed in. The session is
// whoever the test names (`signInAs`); everything after it — re-reading the user, the role
// check, the route itself — is the application's own code. In the test file, before imports:
//   vi.mock("@/app/_server/auth", () => import("../helpers/route-session").then((m) => m.authModule));
//   vi.mock("react", () => import("../helpers/route-session").then((m) => m.reactModule()));
// (next/headers is not needed by the routes these tests call.)
import path from "node:path";

const state = globalThis as unknown as { __amendsSessionUser?: number | null };

export function signInAs(userId: number | null) {
  state.__amendsSessionUser = userId;
}

export const authModule = {
  auth: async () => (state.__amendsSessionUser == null ? null : { user: { id: String(state.__amendsSessionUser) } }),
  signIn: async () => undefined,
  signOut: async () => undefined,
  handlers: { GET: async () => new Response("{}"), POST: async () => new Response("{}") },
  SignInThrottled: class extends Error {},
};

/** React's request cache is for a server render; here every call reads the session again. */
export async function reactModule() {
  const react = await import("react");
  return { ...react, default: react, cache: <T,>(fn: T) => fn };
}

type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls `METHOD file` under app/ (as lib/auth/entry-points.ts names it) at `url`. */
export async function callRoute(key: string, url: string, init: { params?: Record<string, string>; headers?: Record<string, string>; body?: string } = {}): Promise<Response> {
  const [method, file] = key.split(" ");
  const handler = (await import(path.join(process.cwd(), "app", file)))[method] as Handler;
  const request = new Request(new URL(url, "http://localhost:3000"), { method, headers: init.headers, body: init.body });
  return handler(request, { params: Promise.resolve(init.params ?? {}) });
}
