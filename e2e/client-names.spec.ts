// Issue 13, finding 10: a client name in another case, Unicode form or alphabet is the same
// client: the import's check says which rows join an existing client, search finds it, and
// creating it again is refused beside the name.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const HEADER = "external_id,client,title,category,severity,fault,occurred_at,discovered_at,notified_at,notified_channel,remedied_at,compensation_kind,compensation_amount,compensation_currency,followed_up_at,satisfaction,closed_at,root_cause";
// Fresh names and ids per run, so the test never meets a previous run's clients.
const RUN = Date.now().toString(36);
const school = `ÉCOLE MÜLLER ${RUN}`;
const csv = [
  HEADER,
  ...[`école müller ${RUN}`, `Société ${RUN}`, `SOCIÉTÉ ${RUN}`, school, `Société ${RUN}`.normalize("NFD"), `İstanbul Ltd ${RUN}`, `istanbul ltd ${RUN}`].map(
    (client, i) => `NAMES-${RUN}-${i},${client},Setback ${i},delay,low,ours,,2025-06-0${i + 1},,,,,,,,,,`,
  ),
].join("\n");

test("an admin's import check lists the rows that join an existing client; search and create match names in any case or form", async ({ page }) => {
  await signIn(page, "admin@demo.test");
  await page.goto("/clients/new");
  await page.getByLabel("Name").fill(school);
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: school })).toBeVisible();

  await page.goto("/settings/import");
  const form = page.getByRole("form", { name: "Import setbacks" });
  await form.getByLabel("CSV file").setInputFiles({ name: "names.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await form.getByRole("button", { name: "Check (dry run)" }).click();
  const report = page.getByRole("region", { name: "Import report" });
  await expect(report.getByRole("status")).toHaveText("All 7 rows are clean; 7 would be imported.");
  const joining = report.getByRole("table", { name: "Rows that join an existing client" });
  await expect(joining.getByRole("row")).toHaveText([
    "Name in the fileExisting clientLines",
    `école müller ${RUN}${school}2`,
    `${school}${school}5`,
  ]);
  await expect(joining.getByRole("link", { name: school }).first()).toHaveAttribute("href", /^\/clients\/\d+$/);
  await expect(report.getByRole("table", { name: "New clients" }).getByRole("row")).toHaveText([
    "NameAlso spelledLines",
    `Société ${RUN}SOCIÉTÉ ${RUN}3, 4, 6`,
    `İstanbul Ltd ${RUN}istanbul ltd ${RUN}7, 8`,
  ]);

  await form.getByRole("button", { name: "Import" }).click();
  await expect(report.getByRole("status")).toHaveText("Imported 7 setbacks.");

  // Search: the school by école and by ecole, İstanbul by istanbul; one client each.
  for (const [q, name] of [[`école müller ${RUN}`, school], [`ecole muller ${RUN}`, school], [`istanbul ltd ${RUN}`, `İstanbul Ltd ${RUN}`], [`societe ${RUN}`, `Société ${RUN}`]]) {
    await page.goto(`/clients?q=${encodeURIComponent(q)}`);
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1).getByRole("link")).toHaveText(name);
  }
  await page.getByRole("link", { name: `Société ${RUN}` }).click();
  await expect(page.getByRole("link", { name: /^Setback [124]$/ })).toHaveCount(3);

  // Creating it again in another case is refused beside the name, naming the existing client.
  await page.goto("/clients/new");
  await page.getByLabel("Name").fill(`école Müller ${RUN}`);
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Name")).toHaveAccessibleDescription(`“${school}” already exists: open it, or give this client a name that tells them apart.`);
});
