import { expect, test } from "@playwright/test";
import { auditPage, COLOUR_RULES } from "./a11y/audit";
import { ADMIN, toast, watchProblems } from "./helpers";

test("first visit creates the first admin and lands in the app shell", async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Welcome to Opsdeck" })).toBeVisible();

  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Name").fill(ADMIN.name);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: /Create admin/ }).click();
  await expect(page.getByRole("alert").filter({ hasText: /at least 12/i })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(ADMIN.email);

  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: /Create admin/ }).click();
  await expect(page).toHaveURL(/\/$/);
  // The outcome's toast is readable: sonner's light success text on its green tint meets 4.5:1.
  await expect(toast(page, "Admin created")).toBeVisible();
  expect(await auditPage(page, "Overview with a success toast", { only: COLOUR_RULES })).toEqual([]);
  const nav = page.getByRole("navigation", { name: "Main" }).first();
  for (const label of ["Overview", "Services", "Incidents", "Postmortems", "Actions", "Checklists", "Settings"]) {
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  }
  await expect(page.getByTestId("current-user").first()).toHaveText(ADMIN.name);
  expect(problems).toEqual([]);
});

test("setup is closed once a user exists", async ({ page }) => {
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/login$/);
});
