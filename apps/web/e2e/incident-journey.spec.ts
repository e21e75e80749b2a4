import { readFile } from "node:fs/promises";
import { type SlackMessage, startSlackServer } from "@opsdeck/integrations/testing/index";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { E2E_PORT } from "../playwright.config";
import { ADMIN, signIn, toast, watchProblems } from "./helpers";

// The whole path on-call walks: the demo target breaks, its service opens a P2 by itself, a responder
// acknowledges it and posts two updates that reach Slack, resolves it, and writes and publishes the
// postmortem with an action item, then exports it.

const TARGET = `http://127.0.0.1:${E2E_PORT + 1}`;
const AUTO_TITLE = "Demo target is down";
/** Two failing runs 10 s apart, plus the worker's and the page's own delays. */
const DOWN_WITHIN_MS = 40_000;

type Listed = { number: number; title: string; severity: string };
const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" }).getByRole("listitem");
const section = (page: Page, label: string) =>
  page.getByRole("form", { name: "Postmortem" }).getByLabel(label, { exact: true });
const textOf = (m: SlackMessage) => m.text ?? "";

const openAutoIncidents = async (api: APIRequestContext): Promise<Listed[]> =>
  ((await (await api.get("/api/v1/incidents?status=open")).json()) as Listed[]).filter((i) => i.title === AUTO_TITLE);

test.afterEach(async ({ request }) => {
  await request.post(`${TARGET}/heal`).catch(() => {});
});

test("the demo target breaks: auto-incident, acknowledge, two updates to Slack, resolve, postmortem published and exported", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const slack = await startSlackServer();
  let channelId = "";
  try {
    const problems = await watchProblems(page);
    await signIn(page, ADMIN);
    const api = page.request;

    // A channel for the demo target's P2s; posted quietly, as P2s are.
    const created = await api.post("/api/v1/notification-channels", {
      data: {
        kind: "SLACK",
        name: `#ops-journey-${Date.now().toString(36)}`,
        webhookUrl: `${slack.url}/services/T0/B0/journey`,
        severities: ["P2"],
      },
    });
    expect(created.status()).toBe(201);
    channelId = (await created.json()).id;

    // Only one automatic incident per service is open at a time: close any earlier one so this break opens its own.
    for (const earlier of await openAutoIncidents(api))
      expect((await api.post(`/api/v1/incidents/${earlier.number}/resolve`)).status()).toBe(200);

    expect((await api.post(`${TARGET}/break`)).status()).toBe(200);
    await expect.poll(async () => (await openAutoIncidents(api))[0]?.severity, { timeout: DOWN_WITHIN_MS }).toBe("P2");
    const [auto] = await openAutoIncidents(api);
    const number = auto?.number as number;
    expect((await api.post(`${TARGET}/heal`)).status()).toBe(200);

    await page.goto(`/incidents/${number}`);
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(AUTO_TITLE) })).toBeVisible();
    await expect(timeline(page).filter({ hasText: "opened automatically: Demo target DOWN" })).toBeVisible();

    await page.getByRole("button", { name: "Acknowledge" }).click();
    await expect(toast(page, `Acknowledged #${number}`)).toBeVisible();

    const update = page.getByRole("form", { name: "Post an update" });
    for (const [status, details] of [
      ["IDENTIFIED", "The demo target answers 500 after a bad config push"],
      ["MONITORING", "Config reverted; the check is green again"],
    ] as const) {
      await update.getByLabel("Status").selectOption(status);
      await update.getByLabel("Impact").fill("The demo shop's health endpoint fails");
      await update.getByLabel("Details").fill(details);
      await update.getByRole("button", { name: "Post update" }).click();
      await expect(toast(page, `Update posted: ${status.toLowerCase()}`)).toBeVisible();
    }

    // Both updates reach Slack, quietly (no @here for a P2), linked to the incident.
    await expect
      .poll(() => slack.messages.map(textOf).filter((t) => t.includes("Status update:")).length, { timeout: 30_000 })
      .toBe(2);
    const updates = slack.messages.filter((m) => textOf(m).includes("Status update:"));
    expect(textOf(updates[0] as SlackMessage)).toMatch(
      new RegExp(`^\\[P2\\] #${number} ${AUTO_TITLE}: Status update: identified`),
    );
    expect(textOf(updates[1] as SlackMessage)).toContain("Status update: monitoring");
    expect(JSON.stringify(updates[0]?.blocks)).toContain("bad config push");
    expect(slack.messages.map(textOf).some((t) => t.includes("<!here>"))).toBe(false);
    await expect(timeline(page).filter({ hasText: "(status update)" }).filter({ hasText: ": sent" })).toHaveCount(2, {
      timeout: 30_000,
    });

    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Resolve" }).click();
    await expect(toast(page, `Resolved #${number}`)).toBeVisible();

    // The postmortem starts from the incident: its title and its timeline, with the automatic entries.
    await page.getByRole("button", { name: "Write postmortem" }).click();
    await page.waitForURL(/\/postmortems\/\w+$/);
    await expect(section(page, "Title")).toHaveValue(AUTO_TITLE);
    await expect(section(page, "Timeline")).toHaveValue(/opened automatically: Demo target DOWN/);
    await expect(section(page, "Timeline")).toHaveValue(/bad config push/);

    await section(page, "Impact").fill("The demo shop's health endpoint failed for under a minute");
    await section(page, "Root cause").fill("A config push without the health route");
    await expect(page.getByTestId("save-status")).toHaveText(/^Saved/);

    const add = page.getByRole("form", { name: "Add action item" });
    await add.getByLabel("Kind").selectOption("PREVENT");
    await add.getByLabel("Action").fill("Validate config pushes against the health route");
    await add.getByLabel("Owner").selectOption({ label: ADMIN.name });
    await add.getByRole("button", { name: "Add action item" }).click();
    await expect(toast(page, "Action item added")).toBeVisible();

    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(toast(page, "Published")).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Markdown" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`postmortem-${number}.md`);
    const md = await readFile(await download.path(), "utf8");
    expect(md).toContain(`# Incident: ${AUTO_TITLE}`);
    expect(md).toContain("**Severity:** P2");
    expect(md).toContain("## Root Cause\n\nA config push without the health route");
    expect(md).toContain("- [ ] Prevent: Validate config pushes against the health route (owner Ada Admin");
    expect(md).toContain("opened automatically: Demo target DOWN");

    // The open action item is listed across postmortems.
    await page.goto("/postmortems/action-items");
    await expect(page.getByRole("row", { name: /Validate config pushes against the health route/ })).toBeVisible();
    expect(problems).toEqual([]);
  } finally {
    if (channelId) await page.request.delete(`/api/v1/notification-channels/${channelId}`).catch(() => {});
    await slack.close();
  }
});
