// One IPv6 client has a whole /64 to send from (a home or office network gets at least that),
// so per-address limits key an IPv6 address by its /64: many addresses of one /64, through real
// sockets, count as one client for client links, sign-in and API tokens; another /64 is another
// client. (lib/security/address-key.ts; IPv4-mapped addresses: e2e/client-address.spec.ts.)
import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { E2E_PORT } from "./env";
import { DEMO_PASSWORD } from "./helpers";
import { requestFrom, signInFrom } from "./http-from";
import { addLoopbackPrefix, type LoopbackPrefix } from "./loopback-v6";

const BASE = `http://[::1]:${E2E_PORT}`;
const FREE = 20;
// Failed sign-ins that leave the /64 waiting (20 free per address, then a wait that doubles).
const SIGN_IN_FAILURES = 28;
const guess = () => crypto.randomBytes(32).toString("base64url");

let network: LoopbackPrefix | { refused: string };
let elsewhere: LoopbackPrefix | { refused: string };
test.beforeEach(() => {
  // 25 addresses of one /64, and one of another, new for each test so no test starts throttled.
  network = addLoopbackPrefix(25);
  elsewhere = "refused" in network ? network : addLoopbackPrefix(1);
  test.skip("refused" in network, "refused" in network ? network.refused : "");
});
test.afterEach(() => {
  for (const added of [network, elsewhere]) if (added && !("refused" in added)) added.remove();
});

const addresses = () => (network as LoopbackPrefix).addresses;
const other = () => (elsewhere as LoopbackPrefix).addresses[0];

test("client links guessed from 20 addresses of one /64 make the whole /64 wait", async () => {
  for (let i = 0; i < FREE; i++) expect((await requestFrom(addresses()[i], `${BASE}/feedback/${guess()}`)).status, `guess from ${addresses()[i]}`).toBe(404);
  for (const address of addresses().slice(FREE)) {
    const answer = await requestFrom(address, `${BASE}/feedback/${guess()}`);
    expect(answer.status, `from ${address}`).toBe(429);
    expect(answer.body).toContain("Please wait a moment");
  }
  expect((await requestFrom(other(), `${BASE}/feedback/${guess()}`)).status).toBe(404);
});

test("failed sign-ins from many addresses of one /64 throttle a correct sign-in from that /64 only", async () => {
  for (let i = 0; i < SIGN_IN_FAILURES; i++) {
    const from = addresses()[i % addresses().length];
    const { outcome } = await signInFrom(BASE, from, `nobody-${guess().slice(0, 8)}-${i}@example.test`, "wrong-password");
    expect(outcome, `failure ${i} from ${from}`).not.toBe("signed in");
  }
  expect((await signInFrom(BASE, addresses().at(-1)!, "admin@demo.test", DEMO_PASSWORD)).outcome).toBe("throttled");
  expect((await signInFrom(BASE, other(), "admin@demo.test", DEMO_PASSWORD)).outcome).toBe("signed in");
});

test("API tokens guessed from 20 addresses of one /64 get 429 from every address of it", async () => {
  const list = (from: string) => requestFrom(from, `${BASE}/api/v1/setbacks?limit=1`, { headers: { authorization: `Bearer amends_${guess()}` } });
  for (let i = 0; i < FREE; i++) expect((await list(addresses()[i])).status, `guess from ${addresses()[i]}`).toBe(401);
  for (const address of addresses().slice(FREE)) expect((await list(address)).status, `from ${address}`).toBe(429);
  expect((await list(other())).status).toBe(401);
});
