import { expect, test } from "@playwright/test";
import { feed, opsDb, stateOf } from "./alerts/error-rate";
import { ADMIN, signIn, watchProblems } from "./helpers";

test("an admin adds a rule from a preset; the series crosses it, the rule fires and opens an incident, then resolves", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = await watchProblems(page);
  const c = opsDb();
  await c.connect();
  try {
    await signIn(page, ADMIN);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Alerts" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Alerts" })).toBeVisible();
    // The demo made the runbooks' presets.
    await expect(page.getByRole("list", { name: "Alert rules" })).toContainText("5xx error rate above 5 %");

    const form = page.getByRole("form", { name: "Add alert rule" });
    await form.getByLabel("Preset").selectOption({ label: "5xx error rate above 5 %" });
    await form.getByLabel("Name").fill("Background job errors (e2e)");
    await form.getByLabel("Labels").fill("service=jobs");
    await form.getByLabel("Window (minutes)").fill("0");
    await form.getByRole("button", { name: "Add rule" }).click();
    await expect(form.getByText("Use at least 1 minute for the window")).toBeVisible();
    await form.getByLabel("Window (minutes)").fill("1");
    await form.getByLabel("Aggregation").selectOption("LAST");
    await form.getByLabel("For (minutes)").fill("0.25");
    await form.getByRole("button", { name: "Add rule" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Background job errors (e2e)" })).toBeVisible();

    // 40 % of requests fail: PENDING, then FIRING after 15 s, with an incident.
    await feed(c, 40, async () => {
      await expect(stateOf(page)).toContainText("PENDING", { timeout: 15_000 });
      await expect(stateOf(page)).toContainText("FIRING", { timeout: 40_000 });
    });
    const history = page.getByRole("list", { name: "State history" });
    await expect(history.getByRole("listitem").first()).toContainText("jobs");
    const incident = history.getByRole("link", { name: /incident #\d+/ });
    await expect(incident).toBeVisible();

    // The rate falls: RESOLVED, and the incident stays open with both entries on its timeline.
    await feed(c, 0.5, () => expect(stateOf(page)).toContainText("RESOLVED", { timeout: 20_000 }));
    await history
      .getByRole("link", { name: /incident #\d+/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Background job errors (e2e) on");
    await expect(page.getByText(/opened by an alert rule/)).toBeVisible();
    await expect(page.getByText(/Background job errors \(e2e\) on .* resolved/)).toBeVisible();
    expect(problems).toEqual([]);
  } finally {
    await c.end();
  }
});
