import { mkdtemp, readlink, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDemoReleases } from "@opsdeck/integrations";
import { startStripeServer } from "@opsdeck/integrations/testing/index";
import { type Browser, expect, type Page, test, type ViewportSize } from "@playwright/test";
import { ADMIN, atEachWidth, cliUser, signIn, watchProblems } from "./helpers";

async function as(browser: Browser, viewport: ViewportSize, who: { email: string; password: string }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await signIn(page, who);
  return page;
}

/** The admin adds a releases-directory target through the form; returns its page's path. */
async function addReleasesTarget(page: Page, name: string, root: string): Promise<string> {
  await page.goto("/actions");
  await page.getByRole("link", { name: "Add target" }).click();
  const form = page.getByRole("form", { name: "Add target" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Kind").selectOption("RELEASES");
  await form.getByLabel("Deploy root").fill("relative/path");
  await form.getByRole("button", { name: "Add target" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "Use an absolute path" })).toBeVisible();
  await expect(form).toContainText(`OPSDECK_RESTART_${name.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`);

  await form.getByLabel("Deploy root").fill(root);
  await form.getByRole("button", { name: "Add target" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

const visibleRuns = (page: Page) => page.getByTestId("run-item").locator("visible=true");

atEachWidth((label, viewport) => {
  test(`a responder rolls a releases directory back to the previous release (${label})`, async ({ browser }) => {
    const root = await mkdtemp(path.join(tmpdir(), "opsdeck-e2e-releases-"));
    const [oldest, previous, newest] = await createDemoReleases(root);
    const name = `Web releases ${label} ${Date.now().toString(36)}`;

    const admin = await as(browser, viewport, ADMIN);
    const targetPath = await addReleasesTarget(admin, name, root);
    await admin.close();

    const responder = await as(browser, viewport, cliUser("RESPONDER"));
    const problems = await watchProblems(responder);
    await responder.goto(targetPath);
    const deployments = responder.getByRole("region", { name: "Recent deployments" });
    await expect(deployments.getByTestId("deployment-row")).toHaveCount(3);
    await expect(deployments.getByTestId("deployment-row").first()).toContainText("Live");

    await responder.getByRole("button", { name: "Roll back to previous" }).click();
    const dialog = responder.getByRole("dialog", { name: `Roll back ${name}?` });
    const plan = dialog.getByTestId("rollback-plan");
    await expect(plan).toContainText(`From (live now)${newest}`);
    await expect(plan).toContainText(`To${previous}`);
    expect(oldest).toBeTruthy();
    // Two clicks before the page can re-render: both carry the dialog's one idempotency key.
    await dialog.getByRole("button", { name: "Roll back", exact: true }).evaluate((b: HTMLButtonElement) => {
      b.click();
      b.click();
    });

    await responder.waitForURL(/\/actions\/(?!targets)[^/]+$/);
    await expect(responder.getByTestId("run-status")).toHaveText("Succeeded", { timeout: 30_000 });
    await expect(responder.getByTestId("run-summary")).toContainText(`${newest}`);
    await expect(responder.getByRole("log", { name: "Run log" })).toContainText(
      `current now points at releases/${previous}`,
    );
    await expect(responder.getByRole("progressbar", { name: "Progress" })).toHaveAttribute("aria-valuenow", "100");
    expect(await readlink(path.join(root, "current"))).toBe(path.join("releases", previous as string));
    const runPath = new URL(responder.url()).pathname;

    await responder.goto(targetPath);
    await expect(visibleRuns(responder)).toHaveCount(1);
    await expect(responder.getByTestId("deployment-row").filter({ hasText: "Live" })).toHaveCount(1);
    expect(problems).toEqual([]);
    await responder.close();

    const viewer = await as(browser, viewport, cliUser("VIEWER"));
    await viewer.goto(targetPath);
    await expect(viewer.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(viewer.getByTestId("deployment-row")).toHaveCount(3);
    await expect(viewer.getByRole("button", { name: /Roll back/ })).toHaveCount(0);
    await viewer.goto(runPath);
    await expect(viewer.getByTestId("run-status")).toHaveText("Succeeded");
    await expect(viewer.getByRole("button", { name: /Approve|Cancel/ })).toHaveCount(0);
    await viewer.goto("/actions");
    await expect(viewer.getByRole("link", { name: "Add target" })).toHaveCount(0);
    await expect(
      viewer.getByRole("region", { name: "Targets" }).getByRole("link", { name, exact: true }),
    ).toBeVisible();
    await viewer.close();
    await rm(root, { recursive: true, force: true });
  });
});

test("a responder backs up the demo database, watches it finish, verifies it and sees the Verified badge", async ({
  browser,
}) => {
  const page = await as(browser, { width: 1280, height: 900 }, cliUser("RESPONDER"));
  const problems = await watchProblems(page);
  await page.goto("/actions");
  await page
    .getByRole("region", { name: "Targets" })
    .getByRole("link", { name: "demo shop database", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "demo shop database" })).toBeVisible();
  const targetPath = new URL(page.url()).pathname;
  const before = await page.getByTestId("backup-row").count();

  await page.getByRole("button", { name: "Back up now" }).click();
  const dialog = page.getByRole("dialog", { name: "Back up demo shop database now?" });
  await dialog.getByRole("button", { name: "Back up now" }).click();
  await page.waitForURL(/\/actions\/(?!targets)[^/]+$/);
  const progress = page.getByRole("progressbar", { name: "Progress" });
  await expect(progress).toBeVisible();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded", { timeout: 30_000 });
  await expect(progress).toHaveAttribute("aria-valuenow", "100");
  await expect(page.getByRole("log", { name: "Run log" })).toContainText("Backup complete");
  // The result: size, checksum and the shop's 42,200 rows in four tables.
  await expect(page.getByText("42,200 rows in 4 tables")).toBeVisible();

  await page.goto(targetPath);
  const rows = page.getByTestId("backup-row");
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.first()).toContainText("not verified");
  await rows.first().getByRole("button", { name: "Verify" }).click();
  await page.getByRole("dialog", { name: "Verify this backup?" }).getByRole("button", { name: "Verify" }).click();
  await page.waitForURL(/\/actions\/(?!targets)[^/]+$/);
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded", { timeout: 60_000 });
  await expect(page.getByText("All 4 tables hold the rows they held at backup time.")).toBeVisible();

  await page.goto(targetPath);
  await expect(page.getByTestId("backup-row").first().getByText("Verified", { exact: true })).toBeVisible();
  expect(problems).toEqual([]);
  await page.close();
});

test("a responder replays failed Stripe deliveries they ticked, and sees each event's result", async ({ browser }) => {
  const now = Math.floor(Date.now() / 1000);
  const stripe = await startStripeServer({
    secretKey: "sk_test_e2e_replay",
    events: [
      { id: "evt_e2ePaid", type: "invoice.paid", created: now - 600, deliverySuccess: false },
      { id: "evt_e2eRefund", type: "charge.refunded", created: now - 300, deliverySuccess: false },
      { id: "evt_e2eFine", type: "invoice.paid", created: now - 200, deliverySuccess: true },
    ],
    endpoints: [{ id: "we_e2e", url: "https://shop.example.com/stripe" }],
    failRetryFor: ["evt_e2eRefund"],
  });
  try {
    const name = `Stripe ${Date.now().toString(36)}`;
    const admin = await as(browser, { width: 1280, height: 900 }, ADMIN);
    await admin.goto("/actions/targets/new");
    const form = admin.getByRole("form", { name: "Add target" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Kind").selectOption("STRIPE");
    await form.getByLabel("API base URL").fill(stripe.url);
    await form.getByLabel("Stripe secret key").fill("sk_test_e2e_replay");
    await form.getByRole("button", { name: "Add target" }).click();
    await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
    const targetPath = new URL(admin.url()).pathname;
    await admin.close();

    const page = await as(browser, { width: 1280, height: 900 }, cliUser("RESPONDER"));
    const problems = await watchProblems(page);
    await page.goto(targetPath);
    const replay = page.getByRole("form", { name: "Replay webhooks" });
    await expect(replay.getByRole("checkbox")).toHaveCount(2);
    await expect(replay.getByLabel("Send to endpoint")).toHaveValue("we_e2e");
    await replay.getByRole("button", { name: "Replay chosen events" }).click();
    await page.waitForURL(/\/actions\/(?!targets)[^/]+$/);
    await expect(page.getByTestId("run-status")).toHaveText("Succeeded", { timeout: 30_000 });
    const result = page.getByRole("region", { name: "Result" });
    await expect(result.getByRole("listitem").filter({ hasText: "evt_e2ePaid" })).toContainText("Sent");
    await expect(result.getByRole("listitem").filter({ hasText: "evt_e2eRefund" })).toContainText("Failed");
    expect(stripe.state.retries).toEqual([{ eventId: "evt_e2ePaid", endpointId: "we_e2e" }]);
    expect(problems).toEqual([]);
    await page.close();
  } finally {
    await stripe.close();
  }
});
