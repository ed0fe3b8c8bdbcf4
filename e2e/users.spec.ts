import { expect, test } from "@playwright/test";
import { signIn, unique } from "./helpers";

test("an admin creates a user, who signs in, and once deactivated cannot", async ({ page, browser }) => {
  await signIn(page, "admin@demo.test");
  await page.getByRole("link", { name: "Users" }).click();
  const name = unique("Rosa Diaz");
  const email = `${name.split(" ").pop()}@demo.test`;
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByRole("textbox", { name: "Email", exact: true }).fill(email);
  await page.getByRole("combobox", { name: "Role", exact: true }).selectOption("manager");
  await page.getByLabel("Initial password").fill("a-long-password");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("User created.")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Manager");

  const other = await browser.newPage();
  await signIn(other, email, "a-long-password");
  await expect(other.getByText(`${name} (manager)`)).toBeVisible();

  await row.getByRole("button", { name: `Deactivate ${name}` }).click();
  await expect(row).toContainText("Deactivated");

  // The open session ends at once, and a new sign-in is refused.
  await other.goto("/setbacks");
  await expect(other).toHaveURL(/\/login/);
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill("a-long-password");
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "do not match an active account" })).toBeVisible();
});
