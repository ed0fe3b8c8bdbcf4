// Who the client is, through the real server and real sockets. Without TRUST_PROXY (the main
// end-to-end server, as `npm start` runs by default) the socket's peer is the client whatever
// X-Forwarded-For says, and X-Forwarded-Proto is not believed; with TRUST_PROXY=1 (a second
// server, the only proxy in front) the address and protocol the proxy reports are.
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE, E2E_PORT } from "./env";
import { DEMO_PASSWORD } from "./helpers";
import { formMessage, requestFrom, sendFeedbackFrom, signInFrom, someLoopbackAddress } from "./http-from";
import { startOwnServer, type OwnServer } from "./own-server";

const MAIN = `http://127.0.0.1:${E2E_PORT}`;
const THANKS = "Thank you — we have it as SB-";
const TOO_MANY = "we have had several messages in a short time";
// Failed sign-ins that make an address wait for minutes, not the one second after the 20th
// (lib/auth/throttle.ts: 20 free per address, then a wait that doubles).
const FAILURES = 28;

function newLinks(count: number): string[] {
  return execFileSync("npx", ["tsx", "e2e/make-links.ts", String(count)], { env: { ...process.env, DATABASE_URL: E2E_DATABASE }, encoding: "utf8" }).trim().split("\n");
}

const forged = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

/** Ten messages, the per-address limit, from `localAddress` (over two links: five a link). */
async function useUpAddress(base: string, localAddress: string, links: string[], headers: (i: number) => Record<string, string>) {
  for (let i = 0; i < 10; i++) {
    const answer = await sendFeedbackFrom(base, localAddress, links[i % 2], `Message ${i} from ${localAddress}`, headers(i));
    expect(formMessage(answer), `message ${i}`).toContain(THANKS);
  }
}

async function failSignIns(base: string, localAddress: string, headers: Record<string, string>) {
  for (let i = 0; i < FAILURES; i++) {
    // A new unknown account each time: only the address piles up failures, never an account.
    const { outcome } = await signInFrom(base, localAddress, `nobody-${someLoopbackAddress()}-${i}@example.test`, "wrong-password", headers);
    expect(outcome, `failure ${i}`).not.toBe("signed in");
  }
}

test.describe("without TRUST_PROXY", () => {
  test("a forged X-Forwarded-For does not get past a client link's per-address limit", async () => {
    const links = newLinks(3);
    const client = someLoopbackAddress();
    await useUpAddress(MAIN, client, links, (i) => ({ "x-forwarded-for": forged(), "x-real-ip": forged(), forwarded: `for=${i}` }));
    for (const address of ["10.0.0.1", "10.0.0.2"]) {
      const answer = await sendFeedbackFrom(MAIN, client, links[2], "One more", { "x-forwarded-for": address });
      expect(formMessage(answer)).toContain(TOO_MANY);
    }
    // Another socket address is another client.
    expect(formMessage(await sendFeedbackFrom(MAIN, someLoopbackAddress(), links[2], "From elsewhere"))).toContain(THANKS);
  });

  test("failed sign-ins naming an office's address do not lock that office out", async () => {
    const office = "198.51.100.20";
    const attacker = someLoopbackAddress();
    await failSignIns(MAIN, attacker, { "x-forwarded-for": office });
    // The office, at its own address, naming itself: signs in.
    expect((await signInFrom(MAIN, someLoopbackAddress(), "admin@demo.test", DEMO_PASSWORD, { "x-forwarded-for": office })).outcome).toBe("signed in");
    // The failures were counted where they came from: the attacker's socket must now wait.
    expect((await signInFrom(MAIN, attacker, "admin@demo.test", DEMO_PASSWORD)).outcome).toBe("throttled");
  });

  test("a forged X-Forwarded-Proto: https makes neither a Secure cookie nor HSTS", async () => {
    const headers = { "x-forwarded-proto": "https" };
    const page = await requestFrom(someLoopbackAddress(), `${MAIN}/login`, { headers });
    expect(page.status).toBe(200);
    expect(page.headers["strict-transport-security"]).toBeUndefined();
    const { outcome, answer } = await signInFrom(MAIN, someLoopbackAddress(), "priya@demo.test", DEMO_PASSWORD, headers);
    expect(outcome).toBe("signed in");
    const session = (answer.headers["set-cookie"] ?? []).find((c) => c.includes("session-token")) ?? "";
    expect(session).toMatch(/^authjs\.session-token=/);
    expect(session.split("; ")).not.toContain("Secure");
  });
});

test.describe("with TRUST_PROXY=1", () => {
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await startOwnServer({ TRUST_PROXY: "1" });
  });
  test.afterAll(async () => server?.stop());

  test("the address the proxy reports is the client: limits apply to each forwarded address", async () => {
    const links = newLinks(3);
    const proxy = someLoopbackAddress();
    const [first, second] = [forged(), forged()];
    await useUpAddress(server.base, proxy, links, () => ({ "x-forwarded-for": first }));
    expect(formMessage(await sendFeedbackFrom(server.base, proxy, links[2], "Again", { "x-forwarded-for": first }))).toContain(TOO_MANY);
    expect(formMessage(await sendFeedbackFrom(server.base, proxy, links[2], "Someone else", { "x-forwarded-for": second }))).toContain(THANKS);
    // A client's own X-Forwarded-For, passed on by the proxy to the left of the address it
    // saw, is not believed: the proxy's entry (the last) is.
    expect(formMessage(await sendFeedbackFrom(server.base, proxy, links[2], "Forged", { "x-forwarded-for": `${second}, ${first}` }))).toContain(TOO_MANY);

    const guesser = forged();
    await failSignIns(server.base, proxy, { "x-forwarded-for": guesser });
    expect((await signInFrom(server.base, proxy, "admin@demo.test", DEMO_PASSWORD, { "x-forwarded-for": guesser })).outcome).toBe("throttled");
    expect((await signInFrom(server.base, proxy, "admin@demo.test", DEMO_PASSWORD, { "x-forwarded-for": forged() })).outcome).toBe("signed in");
  });

  test("an IPv4 address and its IPv4-mapped IPv6 forms are one client", async () => {
    const proxy = someLoopbackAddress();
    const [a, b, c, d] = forged().split(".").map(Number);
    const hex = (x: number, y: number) => ((x << 8) | y).toString(16);
    // 10.a.b.c as the proxy may write it: dotted, mapped with dots, mapped in hex.
    const forms = [`${a}.${b}.${c}.${d}`, `::ffff:${a}.${b}.${c}.${d}`, `::ffff:${hex(a, b)}:${hex(c, d)}`];
    for (let i = 0; i < 20; i++) {
      const answer = await requestFrom(proxy, `${server.base}/feedback/${forged()}${i}`, { headers: { "x-forwarded-for": forms[i % 3] } });
      expect(answer.status, `guess ${i} as ${forms[i % 3]}`).toBe(404);
    }
    for (const form of forms) expect((await requestFrom(proxy, `${server.base}/feedback/x${forged()}`, { headers: { "x-forwarded-for": form } })).status, form).toBe(429);
  });

  test("over HTTPS through the proxy: HSTS, and a Secure, __Secure- prefixed session cookie", async () => {
    const proxy = someLoopbackAddress();
    const https = { "x-forwarded-proto": "https", "x-forwarded-for": forged() };
    const page = await requestFrom(proxy, `${server.base}/login`, { headers: https });
    expect(page.headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    // What a TLS-terminating proxy in front of Amends sends; the cookie must then never go out over plain HTTP.
    const { outcome, answer } = await signInFrom(server.base, proxy, "priya@demo.test", DEMO_PASSWORD, https);
    expect(outcome).toBe("signed in");
    const session = (answer.headers["set-cookie"] ?? []).find((c) => c.includes("session-token")) ?? "";
    expect(session).toMatch(/^__Secure-authjs\.session-token=[^;]+;/);
    expect(session.split("; ").slice(1)).toEqual(expect.arrayContaining(["Path=/", "HttpOnly", "Secure", "SameSite=Lax"]));
    // Plain HTTP through the same proxy: no HSTS.
    const plain = await requestFrom(proxy, `${server.base}/login`, { headers: { "x-forwarded-proto": "http" } });
    expect(plain.status).toBe(200);
    expect(plain.headers["strict-transport-security"]).toBeUndefined();
  });
});
