import { type Browser, expect, type Page, test } from "@playwright/test";
import { cliUser, signIn, toast, watchProblems } from "./helpers";

const PHONE = { width: 390, height: 844 };
const DAILY = "Daily database checks";

async function phone(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await browser.newPage({ viewport: PHONE });
  await signIn(page, who);
  return page;
}

const item = (page: Page, title: string) =>
  page.getByTestId("run-item").filter({ has: page.getByRole("heading", { name: title }) });
const choice = (page: Page, title: string, outcome: "Done" | "Not done" | "N/A") =>
  page.getByRole("radiogroup", { name: title }).getByRole("radio", { name: outcome, exact: true });

/** Done, with a remark: evidence is checked again at sign-off, and a remark keeps a failing one from refusing it. */
async function doneWithRemark(page: Page, title: string, remark: string) {
  await choice(page, title, "Done").click();
  const it = item(page, title);
  await it.getByRole("button", { name: "Add a remark" }).click();
  await it.getByLabel("Remark (optional)").fill(remark);
  await it.getByRole("button", { name: "Save" }).click();
  await expect(it.getByText(remark)).toBeVisible();
}

test("a responder works through today's daily checks on a phone, signs off and finds the day signed in the history", async ({
  browser,
}) => {
  // The demo's daily checklist runs on UTC days.
  const today = new Date().toISOString().slice(0, 10);
  const page = await phone(browser, cliUser("RESPONDER"));
  const problems = await watchProblems(page);
  await page.goto("/checklists");
  await page.getByRole("link", { name: DAILY }).click();
  await expect(page.getByRole("heading", { level: 1, name: DAILY })).toBeVisible();

  // The evidence sits beside the items that have it, as it was when the run opened.
  const checks = item(page, "All health checks are up");
  await expect(checks.getByTestId("evidence-badge")).toBeVisible();
  await expect(checks.getByTestId("evidence")).toContainText(/At open: (pass|fail|unknown)\s*checked \d\d:\d\d/);
  await expect(item(page, "Verify last night's backup ran").getByTestId("evidence")).toContainText("At open");

  // A second responder on the same run sees a tick within seconds.
  const other = await phone(browser, cliUser("RESPONDER"));
  await other.goto(page.url());
  await expect(other.getByTestId("freshness").first()).toHaveAttribute("data-mode", "live");
  await choice(page, "Check database size", "Done").click();
  await expect(choice(page, "Check database size", "Done")).toHaveAttribute("aria-checked", "true");
  await expect(choice(other, "Check database size", "Done")).toHaveAttribute("aria-checked", "true", {
    timeout: 5_000,
  });

  // Not done needs a remark: refused without one, saved with it.
  const backup = item(page, "Verify last night's backup ran");
  await choice(page, "Verify last night's backup ran", "Not done").click();
  await backup.getByRole("button", { name: "Save" }).click();
  await expect(backup.getByRole("alert")).toHaveText("Say why this item is not done");
  await backup.getByLabel(/Why is it not done/).fill("No backup target in this environment");
  await backup.getByRole("button", { name: "Save" }).click();
  await expect(backup.getByText("No backup target in this environment")).toBeVisible();
  await expect(choice(page, "Verify last night's backup ran", "Not done")).toHaveAttribute("aria-checked", "true");

  const signOff = page.getByRole("button", { name: /^Sign off as / });
  await expect(signOff).toBeDisabled();
  await expect(page.getByText(/no answer yet: .*Mark each done, not done or N\/A first\./)).toBeVisible();

  await doneWithRemark(page, "All health checks are up", "Looked at each check by hand");
  await doneWithRemark(page, "No open P0 or P1 incident", "Nothing major open");
  for (const group of await page.getByRole("radiogroup").all())
    if ((await group.locator('[aria-checked="true"]').count()) === 0)
      await group.getByRole("radio", { name: "Done", exact: true }).click();
  await expect(page.getByTestId("run-answered")).toHaveText("8 of 8 answered");

  await page.getByLabel("Note (optional)").fill("All fine apart from the backup");
  await signOff.click();
  const confirm = page.getByRole("dialog", { name: `Sign off ${DAILY} for ${today}?` });
  await expect(confirm).toContainText("7 done, 1 not done, 0 N/A");
  await confirm.getByRole("button", { name: "Sign off", exact: true }).click();
  await expect(toast(page, `Signed off ${DAILY} for ${today}`)).toBeVisible();

  // Frozen: who signed, the note, and no more choices, here and on the other responder's phone.
  const signed = page.getByTestId("signed-off");
  await expect(signed).toContainText("Signed off by");
  await expect(signed).toContainText("All fine apart from the backup");
  await expect(page.getByRole("radiogroup")).toHaveCount(0);
  await expect(other.getByTestId("signed-off")).toBeVisible({ timeout: 5_000 });
  await expect(other.getByRole("radiogroup")).toHaveCount(0);

  // The history's calendar shows today signed (late, when signed after 10:00 UTC), linking to the run.
  await page.getByRole("link", { name: "History", exact: true }).click();
  const day = page.getByTestId(`day-${today}`);
  await expect(day).toHaveAttribute("data-state", /^(signed|late)$/);
  await expect(day).toHaveAccessibleName(new RegExp(`^${Number(today.slice(8))} Signed (off|late) by .+${today}$`));
  await day.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${DAILY}: ${today}`);
  await expect(item(page, "Verify last night's backup ran")).toContainText("No backup target in this environment");
  await expect(item(page, "All health checks are up").getByTestId("evidence")).toContainText("At sign-off");

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBe(0);
  expect(problems).toEqual([]);
  await other.close();
  await page.close();
});

test("a viewer reads a checklist run but cannot answer or sign it", async ({ browser }) => {
  const page = await phone(browser, cliUser("VIEWER"));
  await page.goto("/checklists/weekly-database-maintenance");
  await expect(page.getByRole("heading", { level: 1, name: "Weekly database maintenance" })).toBeVisible();
  await expect(page.getByText("You can read this run; responders and admins answer it.")).toBeVisible();
  await expect(page.getByRole("radiogroup")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Sign off/ })).toHaveCount(0);
  await page.close();
});
