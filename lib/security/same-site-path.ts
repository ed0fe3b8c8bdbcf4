// Where to send a person after signing in comes from the address bar (`next`) or a posted form
// (Auth.js's `callbackUrl`), so anyone can craft it. It ends up in a Location header, where a
// line break or a character beyond Latin-1 makes Node refuse the whole answer (a 500), and a path
// such as "/.//evil.example" is read by the browser's router as another host. So only a path on
// this site survives, and only as the URL parser writes it: percent-encoded ASCII.

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const BASE = "http://amends.invalid";

/**
 * `value` as a path on this site, or "/" when it is anything else. An absolute URL on `origin`
 * (what Auth.js passes its redirect callback) counts as its path.
 */
export function sameSitePath(value: unknown, origin?: string): string {
  let path = typeof value === "string" ? value : "";
  if (origin && path.startsWith(`${origin}/`)) path = path.slice(origin.length);
  if (!path.startsWith("/") || CONTROL.test(path)) return "/";
  let url: URL;
  try {
    url = new URL(path, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/"; // "//host" and "/\host" name another host
  const normalized = url.pathname + url.search + url.hash;
  // The parser resolves "/.//x" to "//x": same origin here, another host to a browser.
  return normalized.startsWith("//") ? "/" : normalized;
}
