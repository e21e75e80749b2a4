import { type SlackMessage, startSlackServer } from "@opsdeck/integrations/testing/index";
import { expect, type Page, test } from "@playwright/test";
import { ADMIN, opsdeckCli, signIn, toast, watchProblems } from "./helpers";

const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" }).getByRole("listitem");
const textOf = (m: SlackMessage | undefined) => m?.text ?? "";

test("an admin adds a Slack channel; a P1 and its two updates reach it and the timeline says they were sent", async ({
  page,
}) => {
  const slack = await startSlackServer();
  try {
    const problems = await watchProblems(page);
    await signIn(page, ADMIN);
    await page.goto("/settings");
    await page.getByRole("link", { name: "Notifications" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();

    const name = `#oncall-${Date.now().toString(36)}`;
    const form = page.getByRole("form", { name: "Add channel" });
    // Refused first: a Slack channel needs its webhook URL, and the error sits by the field.
    await form.getByLabel("Name").fill(name);
    await form.getByRole("button", { name: "Add channel" }).click();
    await expect(form.getByText("Enter an http(s) URL")).toBeVisible();
    await form.getByLabel("Incoming webhook URL").fill(`${slack.url}/services/T0/B0/e2e`);
    // On-call only: P2 and P3 (the demo's automatic incidents among them) go elsewhere.
    await form.getByRole("checkbox", { name: "P2" }).uncheck();
    await form.getByRole("checkbox", { name: "P3" }).uncheck();
    await form.getByRole("button", { name: "Add channel" }).click();
    await expect(toast(page, `Added ${name}`)).toBeVisible();
    const card = page.getByRole("article", { name: `Channel ${name}` });
    await expect(card).toContainText("P0, P1");
    await expect(card).toContainText("pages P0/P1");
    // Write-only: the page says the URL is set and never shows it.
    await expect(card).toContainText("set");
    expect(await page.content()).not.toContain("/services/T0/B0/e2e");

    await card.getByRole("button", { name: "Send test" }).click();
    await expect(card.getByRole("status")).toHaveText("Delivered");
    expect(textOf(slack.messages[0])).toContain("[Test]");
    slack.messages.length = 0;

    const title = `Checkout errors ${Date.now().toString(36)}`;
    await page.getByRole("link", { name: "Declare incident" }).first().click();
    await page.getByLabel("Title").fill(title);
    await page.getByRole("radio", { name: /P1 – High/ }).check();
    await page.getByRole("checkbox", { name: "API", exact: true }).check();
    await page.getByRole("button", { name: "Declare incident" }).click();
    await page.waitForURL(/\/incidents\/\d+$/);
    const number = Number(new URL(page.url()).pathname.split("/").pop());

    const update = page.getByRole("form", { name: "Post an update" });
    for (const [status, details] of [
      ["IDENTIFIED", "A bad deploy of the payment client"],
      ["MONITORING", "Rolled back; watching the error rate"],
    ] as const) {
      await update.getByLabel("Status").selectOption(status);
      await update.getByLabel("Impact").fill("Card payments fail for some users");
      await update.getByLabel("Details").fill(details);
      await update.getByRole("button", { name: "Post update" }).click();
      await expect(toast(page, `Update posted: ${status.toLowerCase()}`)).toBeVisible();
    }

    await expect.poll(() => slack.messages.length, { timeout: 30_000 }).toBe(3);
    const texts = slack.messages.map(textOf);
    expect(texts[0]).toMatch(new RegExp(`^<!here> \\[P1\\] #${number} ${title}: Declared P1`));
    expect(texts[1]).toContain("Status update: identified");
    expect(texts[2]).toContain("Status update: monitoring");
    expect(JSON.stringify(slack.messages[1]?.blocks)).toContain("A bad deploy of the payment client");
    expect(JSON.stringify(slack.messages[0]?.blocks)).toContain(`/incidents/${number}"`);

    // The worker's entries reach the open page through the event stream.
    const sent = timeline(page).filter({ hasText: `Slack ${name}: sent` });
    await expect(sent).toHaveCount(3, { timeout: 30_000 });
    await expect(sent.filter({ hasText: "(declared)" })).toHaveCount(1);
    await expect(sent.filter({ hasText: "(status update)" })).toHaveCount(2);
    expect(problems).toEqual([]);
  } finally {
    await slack.close();
  }
});

test("an admin lets a channel take missed checklist runs; a missed run reaches it once and its page says it was sent", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const slack = await startSlackServer();
  try {
    const problems = await watchProblems(page);
    await signIn(page, ADMIN);
    await page.goto("/settings/notifications");
    const name = `#runs-${Date.now().toString(36)}`;
    const form = page.getByRole("form", { name: "Add channel" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Incoming webhook URL").fill(`${slack.url}/services/T0/B0/runs`);
    // Only checklist runs, in effect: no incident severity is left out, but none arrives during this test.
    await form.getByRole("checkbox", { name: /Also missed checklist runs/ }).check();
    await form.getByRole("button", { name: "Add channel" }).click();
    await expect(toast(page, `Added ${name}`)).toBeVisible();
    await expect(page.getByRole("article", { name: `Channel ${name}` })).toContainText("missed checklist runs");

    // A daily checklist due in a minute or two (UTC) with no grace: a checklist made after its due time
    // spares that first run, so the deadline is ahead of its creation, and the run is missed when it passes.
    const due = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000 + 60_000);
    const dueTime = due.toISOString().slice(11, 16);
    const token = opsdeckCli(["token", "create", "--email", ADMIN.email, "--name", `runs-${Date.now()}`]).match(
      /odk_[A-Za-z0-9]+/,
    )?.[0];
    const api = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { authorization: `Bearer ${token}` },
    });
    const checklist = `Night shift ${Date.now().toString(36)}`;
    const created = await api.post("/api/v1/checklists", {
      data: {
        name: checklist,
        cadence: "DAILY",
        timeZone: "UTC",
        dueTime,
        graceMinutes: 0,
        items: [{ title: "Hand over the pager" }],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const mine = () => slack.messages.filter((m) => textOf(m).startsWith(`[Checklist] ${checklist} `));
    await expect.poll(() => mine().length, { timeout: due.getTime() - Date.now() + 60_000 }).toBe(1);
    const today = due.toISOString().slice(0, 10);
    expect(textOf(mine()[0])).toBe(`[Checklist] ${checklist} ${today}: Missed: not signed off in time`);
    const link = JSON.stringify(mine()[0]?.blocks).match(/"url":"([^"]+)"/)?.[1] ?? "";
    expect(link).toMatch(new RegExp(`/checklists/[^/]+/runs/${today}$`));

    await page.goto(link);
    await expect(page.getByTestId("run-status")).toHaveText(/Missed/);
    const notified = page.getByRole("region", { name: "Notified of the miss" });
    await expect(notified).toContainText(`Slack ${name}`);
    await expect(notified).toContainText("sent");
    await expect(notified).toContainText(/Sent \d{4}-\d\d-\d\d \d\d:\d\d/);
    // The worker keeps passing over the run: it is not announced again.
    await page.waitForTimeout(2_000);
    expect(mine()).toHaveLength(1);
    expect(problems).toEqual([]);
    await api.dispose();
  } finally {
    await slack.close();
  }
});
