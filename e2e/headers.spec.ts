import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const PUBLIC = ["/login", "/feedback/not-a-real-token"];
const SIGNED_IN = ["/board", "/setbacks", "/setbacks/SB-0001", "/clients", "/follow-ups", "/reports", "/retrospectives", "/audit", "/settings", "/settings/users", "/settings/tokens", "/settings/import"];

function expectBase(headers: Record<string, string>, path: string) {
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("same-origin");
  expect(headers["x-frame-options"], path).toBe("DENY");
}

function expectHardened(headers: Record<string, string>, path: string) {
  expectBase(headers, path);
  expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
}

test("every page and the API answer with headers that refuse framing, sniffing and foreign scripts", async ({ page, request }) => {
  for (const path of PUBLIC) expectHardened((await request.get(path)).headers(), path);
  // The API answers JSON, not pages: no script policy to carry, the rest the same.
  expectBase((await request.get("/api/v1/openapi.json")).headers(), "/api/v1/openapi.json");
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, "admin@demo.test");
  const nonces = new Set<string>();
  for (const path of SIGNED_IN) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const headers = response!.headers();
    expectHardened(headers, path);
    // Every script the server sent carries this response's nonce (the chunks they load later are
    // trusted through 'strict-dynamic'), and the page works under the policy.
    const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"])![1];
    nonces.add(nonce);
    const scripts = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)), path).toEqual([]);
  }
  expect(nonces.size).toBe(SIGNED_IN.length);
  expect(violations).toEqual([]);
});
