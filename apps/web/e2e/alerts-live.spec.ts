import { startSlackServer } from "@opsdeck/integrations/testing/index";
import { expect, type Page, test } from "@playwright/test";
import { feed, opsDb, stateOf } from "./alerts/error-rate";
import { ADMIN, cliUser, signIn, toast, watchProblems } from "./helpers";

const history = (page: Page) => page.getByRole("list", { name: "State history" });

test("a notify-only rule's page, open in a second browser, follows its firing, its message and an edit without a reload", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const slack = await startSlackServer();
  const c = opsDb();
  await c.connect();
  const context = await browser.newContext();
  try {
    const problems = await watchProblems(page);
    await signIn(page, ADMIN);
    const suffix = Date.now().toString(36);
    await page.goto("/settings/notifications");
    const channel = `#alerts-${suffix}`;
    const add = page.getByRole("form", { name: "Add channel" });
    await add.getByLabel("Name").fill(channel);
    await add.getByLabel("Incoming webhook URL").fill(`${slack.url}/services/T0/B0/alerts`);
    await add.getByRole("checkbox", { name: "P2" }).uncheck();
    await add.getByRole("checkbox", { name: "P3" }).uncheck();
    await add.getByRole("button", { name: "Add channel" }).click();
    await expect(toast(page, `Added ${channel}`)).toBeVisible();

    await page.goto("/alerts");
    const name = `Jobs errors, notify only (${suffix})`;
    const form = page.getByRole("form", { name: "Add alert rule" });
    await form.getByLabel("Preset").selectOption({ label: "5xx error rate above 5 %" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Labels").fill("service=jobs");
    await form.getByLabel("Window (minutes)").fill("1");
    await form.getByLabel("Aggregation").selectOption("LAST");
    await form.getByLabel("For (minutes)").fill("0");
    await form.getByLabel("When it fires").selectOption({ label: "Notify only (no incident)" });
    await form.getByRole("button", { name: "Add rule" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    // A viewer has the rule open in another browser; the page must never reload.
    const watcher = await context.newPage();
    await signIn(watcher, cliUser("VIEWER"));
    await watcher.goto(page.url());
    await expect(watcher.getByRole("heading", { level: 1, name })).toBeVisible();
    await watcher.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });

    // 40 % of jobs fail: the open page turns FIRING, with the message sent and no incident.
    await feed(c, 40, () => expect(stateOf(watcher)).toContainText("FIRING", { timeout: 45_000 }));
    const fired = history(watcher).getByRole("listitem").filter({ hasText: "FIRING" }).first();
    await expect(fired).toContainText("jobs");
    await expect(fired.getByRole("list", { name: "Notifications" })).toContainText(`Slack ${channel}: sent`, {
      timeout: 20_000,
    });
    await expect(history(watcher).getByRole("link", { name: /incident #/ })).toHaveCount(0);
    const sent = slack.messages.map((m) => m.text).filter((t) => t.includes(name));
    expect(sent).toEqual([expect.stringContaining("Firing: last(app.error_rate{service=jobs}) over 1 min &gt; 5")]);
    expect(JSON.stringify(slack.messages.find((m) => m.text.includes(name))?.blocks)).toContain(
      `/alerts/${new URL(page.url()).pathname.split("/").pop()}`,
    );

    // The admin raises the threshold in the first browser: the open page shows the new terms, and
    // the same 40 % now resolves the rule there.
    const edit = page.getByRole("form", { name: `Edit ${name}` });
    await edit.getByLabel("Threshold").fill("50");
    await edit.getByRole("button", { name: "Save rule" }).click();
    const raised = "last(app.error_rate{service=jobs}) over 1 min > 50";
    await expect(page.getByText(raised)).toBeVisible({ timeout: 20_000 });
    await expect(watcher.getByText(raised)).toBeVisible({ timeout: 20_000 });
    await feed(c, 40, () => expect(stateOf(watcher)).toContainText("RESOLVED", { timeout: 45_000 }));
    expect(await watcher.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    await c.end();
    await slack.close();
  }
});
