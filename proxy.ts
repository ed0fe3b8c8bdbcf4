import { NextResponse, type NextRequest } from "next/server";

// A first, cheap gate: no session cookie, no page. Every page, action and route still checks
// the session and role itself; this only saves a render for anonymous visitors.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  const next = request.nextUrl.pathname + request.nextUrl.search;
  url.pathname = "/login";
  url.search = next === "/" ? "" : `?next=${encodeURIComponent(next)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Public: sign-in, Auth.js itself, the client’s feedback pages, the token API, the benchmark
  // floor (off unless AMENDS_BENCH=1), static files.
  matcher: ["/((?!login|api/auth|api/v1|feedback|bench/|_next/static|_next/image|favicon.ico).*)"],
};
