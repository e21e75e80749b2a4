import { expect, test } from "@playwright/test";
import { cliUser, signIn, toast, watchProblems } from "./helpers";

const NEW_YORK = /^\d{4}-\d\d-\d\d \d\d:\d\d E[SD]T$/;
const utcStamp = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

test("times are in the browser's zone, named, until the user chooses UTC in Settings", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "America/New_York" });
  const page = await context.newPage();
  const problems = await watchProblems(page);
  await signIn(page, cliUser("VIEWER"));

  // Relative times keep the exact stamp, in the same zone, in their tooltip.
  await page.goto("/incidents");
  await expect(page.locator("main time").first()).toHaveAttribute("title", NEW_YORK);

  await page.goto("/incidents/1");
  const detected = page.getByRole("region", { name: "Incident details" }).locator("time").first();
  await expect(detected).toHaveText(NEW_YORK);
  const iso = (await detected.getAttribute("datetime")) ?? "";

  const choice = async (value: string, message: string) => {
    await page.goto("/settings");
    await page.getByLabel("Show times in").selectOption(value);
    await page.getByRole("button", { name: "Save time zone" }).click();
    await expect(toast(page, message)).toBeVisible();
    await page.goto("/incidents/1");
  };
  await choice("UTC", "Times are shown in UTC");
  await expect(detected).toHaveText(utcStamp(iso));

  await choice("", "Times follow this browser's zone");
  await expect(detected).toHaveText(NEW_YORK);
  await page.goto("/settings");
  await expect(page.getByLabel("Show times in").locator("option").first()).toHaveText(
    "This browser's zone (America/New_York)",
  );
  expect(problems).toEqual([]);
  await context.close();
});
