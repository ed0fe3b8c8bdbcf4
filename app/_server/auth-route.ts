import "server-only";
import { NextRequest } from "next/server";
import { problem } from "@/lib/api/problem";
import { withSameSiteCallback, withSameSiteCallbackCookie } from "@/lib/security/auth-callback";

// Auth.js's route handlers (/api/auth/*), with what they leave out:
// - a callbackUrl (query or cookie) Auth.js cannot parse would be a 500: it is given the
//   same-site path it stands for first (lib/security/auth-callback.ts);
// - its pages (sign-out, error) get a policy of their own, since proxy.ts does not run for
//   /api/: inline style and a form back to this site, nothing else;
// - nothing it answers is cached (CSRF tokens, sessions), and its refusals in JSON are
//   problem+json like every other refusal under /api/.
export const AUTH_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

type Handler = (request: NextRequest) => Promise<Response>;

async function readableRequest(request: NextRequest): Promise<NextRequest> {
  const url = withSameSiteCallback(new URL(request.url));
  const headers = new Headers(request.headers);
  const cookie = withSameSiteCallbackCookie(headers.get("cookie"), url.origin);
  if (cookie !== null) headers.set("cookie", cookie);
  // Auth.js's bodies are small forms (the server in front refuses more than 100 kB under /api/).
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
  return new NextRequest(url, { method: request.method, headers, body });
}

/** Auth.js's message in a JSON refusal: {"message": "…"} or a bare string ("Bad request."). */
async function messageOf(response: Response): Promise<string | undefined> {
  const body: unknown = await response.json().catch(() => undefined);
  if (typeof body === "string") return body;
  const message = (body as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

async function answered(response: Response): Promise<Response> {
  const type = response.headers.get("content-type") ?? "";
  if (response.status >= 400 && type.includes("json")) {
    const refusal = problem(response.status, await messageOf(response));
    for (const cookie of response.headers.getSetCookie()) refusal.headers.append("set-cookie", cookie);
    return refusal;
  }
  // A copy: a redirect's headers cannot be changed in place.
  const headers = new Headers(response.headers);
  headers.set("cache-control", "no-store");
  if (type.startsWith("text/html")) headers.set("content-security-policy", AUTH_PAGE_CSP);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export function authRoutes(handlers: { GET: Handler; POST: Handler }) {
  const wrap = (handler: Handler) => async (request: NextRequest) => answered(await handler(await readableRequest(request)));
  return { GET: wrap(handlers.GET), POST: wrap(handlers.POST) };
}
