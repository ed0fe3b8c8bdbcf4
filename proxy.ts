import { NextResponse, type NextRequest } from "next/server";
import { isCrossSiteAction } from "@/lib/security/action-origin";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { PAGE_PATH_HEADER } from "@/lib/security/page-path";
import { SESSION_COOKIES } from "@/lib/auth/session-cookies";
import { checkActionBody } from "@/lib/security/action-body";
import { describeWait } from "@/lib/auth/throttle";
import { addressKeyOf } from "@/app/_server/client-address";
import { guessKey, guesses } from "@/app/_server/guessing";
import { smallPage } from "@/app/_server/small-page";

// Every page gets a Content-Security-Policy with a fresh nonce; Next.js reads it from the
// request and puts the nonce on its scripts. Then a first, cheap gate: no session cookie, no
// page. Every page, action and route still checks the session and role itself; this only
// saves a render for anonymous visitors.
// Public pages: sign-in, the client's feedback pages, the benchmark floor (off unless
// AMENDS_BENCH=1).
const PUBLIC = /^\/(login|feedback|bench\/)/;

export async function proxy(request: NextRequest) {
  // A server action posted from another site: refused here with a 403 page, before Next.js's
  // own check would answer it with a 500 (lib/security/action-origin.ts), and before its body is read.
  if (isCrossSiteAction(request.method, request.headers)) {
    return smallPage(403, "This form was sent from another site", "Amends only accepts forms sent from its own pages, so nothing was saved. If you meant to use Amends, open it and try again.");
  }
  // A server action's body nested so deep that decoding it would overflow the stack, or a
  // multipart body that cannot be read, is refused before Next.js decodes it (a 500 otherwise).
  if (request.method === "POST") {
    const check = await checkActionBody(request);
    if (check !== "ok") {
      const what = check === "too deep" ? "Part of what was sent is nested too deeply to read" : "What was sent is cut off or damaged";
      return smallPage(400, "This form could not be read", `${what}, so nothing was saved. Go back, reload the page and try again.`);
    }
  }
  // An address that keeps opening client links nobody holds waits before it may try again.
  if (request.nextUrl.pathname.startsWith("/feedback/")) {
    const wait = guesses().waitFor(guessKey.link(addressKeyOf(request.headers)), Date.now());
    if (wait > 0) {
      return smallPage(429, "Please wait a moment", `There have been too many tries from your address. Wait ${describeWait(wait)}, then open your link again; if it still does not work, contact us directly.`, { "retry-after": String(Math.ceil(wait / 1000)) });
    }
  }
  const csp = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession && !PUBLIC.test(request.nextUrl.pathname)) {
    const url = request.nextUrl.clone();
    const next = request.nextUrl.pathname + request.nextUrl.search;
    url.pathname = "/login";
    url.search = next === "/" ? "" : `?next=${encodeURIComponent(next)}`;
    return NextResponse.redirect(url);
  }
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  headers.set(PAGE_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: route handlers (Auth.js, the token API, the floor handler) answer JSON or files,
  // check their caller themselves, and are a third faster without a proxy in front of them.
  matcher: ["/((?!api/|bench/handler|_next/static|_next/image|favicon.ico).*)"],
};
