// Raw HTTP from a chosen address: Linux takes any 127.x.y.z as a loopback source, so a test can
// be several clients (or a proxy and its clients) at once and the server sees each one's own
// socket address, as it would on a network. A browser cannot choose its source address.
import http from "node:http";
import crypto from "node:crypto";

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A loopback address no other test or run uses, e.g. 127.83.4.201. */
export function someLoopbackAddress(): string {
  const [a, b, c] = crypto.randomBytes(3);
  return `127.${1 + (a % 254)}.${b}.${1 + (c % 254)}`;
}

export function requestFrom(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method ?? "GET", headers: init.headers, localAddress, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(init.body);
  });
}

/** The name=value pairs of Set-Cookie, for a Cookie header. */
export function cookiesOf(answer: Answer): string[] {
  return (answer.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]);
}

export type SignInOutcome = "signed in" | "wrong password" | "throttled";

/**
 * Signs in through Auth.js's credentials callback, as the sign-in page's action does, from
 * `localAddress`, with any extra headers (a forged or a proxy's X-Forwarded-For).
 */
export async function signInFrom(base: string, localAddress: string, email: string, password: string, headers: Record<string, string> = {}): Promise<{ outcome: SignInOutcome; answer: Answer }> {
  const csrf = await requestFrom(localAddress, `${base}/api/auth/csrf`, { headers });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password }).toString();
  const answer = await requestFrom(localAddress, `${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { ...headers, cookie: cookiesOf(csrf).join("; "), "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(body)) },
    body,
  });
  const location = String(answer.headers.location ?? "");
  const outcome: SignInOutcome = cookiesOf(answer).some((c) => /authjs\.session-token=/.test(c)) ? "signed in" : location.includes("code=throttled") ? "throttled" : "wrong password";
  return { outcome, answer };
}

const unescapeHtml = (text: string) => text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** What a form says after it was sent (its status or alert line), from the page that answered. */
export function formMessage(answer: Answer): string {
  return unescapeHtml(/<p role="(?:status|alert)"[^>]*>([^<]*)<\/p>/.exec(answer.body)?.[1] ?? `(no message; ${answer.status})`);
}

/**
 * Sends the client-link form as a browser without JavaScript does: the page's form, with its
 * hidden fields, posted back to the page. Returns the page that answers.
 */
export async function sendFeedbackFrom(base: string, localAddress: string, token: string, what: string, headers: Record<string, string> = {}): Promise<Answer> {
  const page = await requestFrom(localAddress, `${base}/feedback/${token}`, { headers });
  const form = /<form[^>]*aria-label="Tell us what is wrong"[^>]*>([\s\S]*?)<\/form>/.exec(page.body)?.[1];
  if (!form) throw new Error(`no feedback form on the page (${page.status})`);
  const data = new FormData();
  for (const [, name, value] of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) data.append(unescapeHtml(name), unescapeHtml(value ?? ""));
  data.append("what", what);
  const encoded = new Response(data);
  const body = Buffer.from(await encoded.arrayBuffer());
  return requestFrom(localAddress, `${base}/feedback/${token}`, {
    method: "POST",
    headers: { ...headers, origin: base, "content-type": encoded.headers.get("content-type")!, "content-length": String(body.length) },
    body,
  });
}
