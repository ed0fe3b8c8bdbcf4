// A server action may only be posted from a page of this site (cross-site request forgery).
// Next.js checks this itself, but answers a mismatch by throwing inside its action handler: a
// 500 with an error page. proxy.ts asks this first and answers a 403. The rule is Next.js's own
// (node_modules/next/dist/server/app-render/action-handler.js, 16.4), so the two never disagree:
// - a possible action is a POST with a `Next-Action` header (the page's JavaScript) or a
//   multipart form (a form posted without JavaScript); URL-encoded posts never run an action;
// - a request without an Origin header is let through (browsers send one with every cross-site
//   post; a hand-made request carries no one else's cookies);
// - the Origin's host must equal the first `X-Forwarded-Host`, else `Host`. Behind a proxy that
//   sets X-Forwarded-Host, that is the host the pages are served under.
// next.config.ts sets no `serverActions.allowedOrigins`; if it ever does, they must pass here too.

function isPossibleServerAction(method: string, headers: Headers): boolean {
  if (method !== "POST") return false;
  const contentType = headers.get("content-type");
  if (contentType === "application/x-www-form-urlencoded") return false;
  return headers.has("next-action") || Boolean(contentType?.startsWith("multipart/form-data"));
}

function hostOf(origin: string): string | null {
  if (origin === "null") return "null"; // a sandboxed frame, a file: never this site
  try {
    return new URL(origin).host;
  } catch {
    return null; // Next.js throws on an Origin that is no URL (a 500); here it is refused
  }
}

/** True when this request would run a server action, and its Origin is another site. */
export function isCrossSiteAction(method: string, headers: Headers): boolean {
  if (!isPossibleServerAction(method, headers)) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return !host || hostOf(origin) !== host;
}
