import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const PUBLIC = ["/login", "/feedback/not-a-real-token", "/api/v1/openapi.json"];
const SIGNED_IN = ["/board", "/setbacks", "/setbacks/SB-0001", "/clients", "/follow-ups", "/reports", "/retrospectives", "/audit", "/settings", "/settings/users", "/settings/tokens", "/settings/import"];

function expectHardened(headers: Record<string, string>, path: string) {
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("same-origin");
  expect(headers["x-frame-options"], path).toBe("DENY");
  expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
}

test("every page and the API answer with headers that refuse framing and sniffing", async ({ page, request }) => {
  for (const path of PUBLIC) expectHardened((await request.get(path)).headers(), path);
  await signIn(page, "admin@demo.test");
  for (const path of SIGNED_IN) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expectHardened(response!.headers(), path);
  }
});
