import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a token from the settings creates a setback through the API and moves it, past the same guards", async ({ page, request }) => {
  await signIn(page, "member@demo.test");
  await page.getByRole("link", { name: "API tokens" }).click();
  const form = page.getByRole("form", { name: "Create a token" });
  await form.getByLabel("Token name").fill("Helpdesk sync");
  await form.getByRole("button", { name: "Create token" }).click();
  const token = (await form.getByRole("status").textContent())!.match(/amends_[A-Za-z0-9_-]{43}/)![0];
  const auth = { authorization: `Bearer ${token}` };

  expect((await request.get("/api/v1/setbacks")).status()).toBe(401);
  const clients = await (await request.get("/api/v1/clients", { headers: auth })).json();
  const northwind = clients.data.find((c: { name: string }) => c.name === "Northwind Logistics");

  const bad = await request.post("/api/v1/setbacks", { headers: auth, data: { clientId: northwind.id, title: "", category: "delay", severity: "urgent" } });
  expect(bad.status()).toBe(400);
  expect(bad.headers()["content-type"]).toBe("application/problem+json");
  const problem = await bad.json();
  expect(problem.errors).toEqual(expect.arrayContaining([{ field: "title", message: "Title is required" }, { field: "severity", message: "Choose a severity" }]));

  const now = new Date().toISOString();
  const created = await request.post("/api/v1/setbacks", {
    headers: auth,
    data: { clientId: northwind.id, title: "Sync: courier missed pickup", category: "delay", severity: "high", fault: "external", source: "internal", occurredAt: now, discoveredAt: now },
  });
  expect(created.status()).toBe(201);
  const { reference } = await created.json();
  expect(reference).toMatch(/^SB-\d{4}$/);

  const refused = await request.post(`/api/v1/setbacks/${reference}/moves`, { headers: auth, data: { to: "notified" } });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).detail).toBe("Log an outbound communication to the client first.");

  const logged = await request.post(`/api/v1/setbacks/${reference}/communications`, {
    headers: auth,
    data: { direction: "outbound", channel: "phone", occurredAt: now, summary: "Called Hannah about the pickup", apologised: true },
  });
  expect(logged.status()).toBe(201);
  const moved = await request.post(`/api/v1/setbacks/${reference}/moves`, { headers: auth, data: { to: "notified" } });
  expect(moved.status()).toBe(200);
  expect(await moved.json()).toMatchObject({ reference, from: "discovered", to: "notified" });

  const one = await (await request.get(`/api/v1/setbacks/${reference}`, { headers: auth })).json();
  expect(one).toMatchObject({ reference, stage: "notified", clientName: "Northwind Logistics" });
  expect(one.records.communications).toHaveLength(1);

  // The member's role travels with the token; a body over 100 kB is refused whole.
  expect((await request.get(`/api/v1/clients/${northwind.id}/trail`, { headers: auth })).status()).toBe(403);
  expect((await request.post("/api/v1/clients", { headers: auth, data: { name: "x".repeat(200_000) } })).status()).toBe(413);

  const page2 = await (await request.get("/api/v1/setbacks?limit=2", { headers: auth })).json();
  expect(page2.data).toHaveLength(2);
  const next = await (await request.get(`/api/v1/setbacks?limit=2&cursor=${page2.nextCursor}`, { headers: auth })).json();
  expect(next.data[0].id).toBeLessThan(page2.data[1].id);

  await page.getByRole("button", { name: "Revoke token Helpdesk sync" }).click();
  await page.getByRole("dialog", { name: "Revoke the token “Helpdesk sync”?" }).getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByText(/revoked/)).toBeVisible();
  expect((await request.get("/api/v1/clients", { headers: auth })).status()).toBe(401);
});

test("the OpenAPI document is served", async ({ request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toContain("/setbacks/{ref}/moves");
});
