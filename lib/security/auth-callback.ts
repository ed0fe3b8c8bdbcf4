// Auth.js reads where to go after signing in or out from a `callbackUrl` query parameter and from
// its callback-url cookie, and before anything else checks each with `new URL()`: one that does
// not parse as an http(s) URL ("%FF", "€", a line break) is an InvalidCallbackUrl, which
// it answers with a 500 (an error page without a policy, or JSON). The redirect callback in
// app/_server/auth.ts would have made any of them a path on this site anyway, so the request is
// given that path before Auth.js sees it (lib/security/same-site-path.ts): nothing that was
// valid changes where anyone lands, and nothing invalid reaches Auth.js.
import { sameSitePath } from "./same-site-path";

const CALLBACK_COOKIES = new Set(["authjs.callback-url", "__Secure-authjs.callback-url"]);

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // as the cookie parser Auth.js uses leaves it
  }
}

/** `url` with its callbackUrl (if any) replaced by the same-site path it stands for. */
export function withSameSiteCallback(url: URL): URL {
  if (!url.searchParams.has("callbackUrl")) return url;
  const out = new URL(url);
  out.searchParams.set("callbackUrl", sameSitePath(url.searchParams.get("callbackUrl"), url.origin));
  return out;
}

/** A Cookie header with Auth.js's callback-url cookies made same-site paths; others untouched. */
export function withSameSiteCallbackCookie(cookieHeader: string | null, origin: string): string | null {
  if (!cookieHeader) return cookieHeader;
  return cookieHeader
    .split(";")
    .map((pair) => {
      const at = pair.indexOf("=");
      const name = (at < 0 ? pair : pair.slice(0, at)).trim();
      if (!CALLBACK_COOKIES.has(name)) return pair;
      return ` ${name}=${encodeURIComponent(sameSitePath(decoded(pair.slice(at + 1).trim()), origin))}`;
    })
    .join(";")
    .trim();
}
