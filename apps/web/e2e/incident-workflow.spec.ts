import { expect, type Page, test } from "@playwright/test";
import { ADMIN, atEachWidth, auditAction, cliUser, signIn, toast, watchProblems } from "./helpers";

/** A moment `minutesAgo` before now as a datetime-local value in the browser's own time zone. */
const localTime = (page: Page, minutesAgo: number) =>
  page.evaluate((m) => {
    const d = new Date(Date.now() - m * 60_000);
    const p = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  }, minutesAgo);

const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" }).getByRole("listitem");

/** Declare through the shell's button; returns the new incident's number. */
async function declare(page: Page, title: string, opts: { detectedMinutesAgo?: number } = {}): Promise<number> {
  await page.goto("/");
  await page.getByRole("link", { name: "Declare incident" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByRole("radio", { name: /P1 – High/ }).check();
  await page.getByRole("checkbox", { name: "API", exact: true }).check();
  await page.getByRole("checkbox", { name: "Stripe payments" }).check();
  if (opts.detectedMinutesAgo)
    await page.getByLabel(/Detected at/).fill(await localTime(page, opts.detectedMinutesAgo));
  await page.getByLabel(/Summary/).fill("Card payments fail at checkout");
  await page.getByRole("button", { name: "Declare incident" }).click();
  await page.waitForURL(/\/incidents\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
  return Number(new URL(page.url()).pathname.split("/").pop());
}

atEachWidth((label) => {
  test(`runs an incident from declaration to reopening (${label})`, async ({ page }) => {
    const problems = await watchProblems(page);
    const successor = cliUser("RESPONDER");
    await signIn(page, ADMIN);
    const title = `Checkout errors ${label} ${Date.now().toString(36)}`;
    const number = await declare(page, title, { detectedMinutesAgo: 30 });
    const facts = page.getByRole("region", { name: "Incident details" });
    await expect(facts).toContainText("API, Stripe payments");
    await expect(facts).toContainText(ADMIN.name);
    await expect(timeline(page).filter({ hasText: "Declared P1" })).toBeVisible();
    // The list names every affected service, not just the first.
    await page.goto("/incidents");
    await expect(page.locator("tr, li").filter({ hasText: title }).locator("visible=true")).toContainText(
      "API, Stripe payments",
    );
    await page.goto(`/incidents/${number}`);

    await page.getByRole("button", { name: "Acknowledge" }).click();
    await expect(toast(page, `Acknowledged #${number}`)).toBeVisible();
    await expect(page.getByRole("button", { name: "Acknowledge" })).toHaveCount(0);

    const update = page.getByRole("form", { name: "Post an update" });
    await update.getByLabel("Status").selectOption("IDENTIFIED");
    await update.getByLabel("Impact").fill("Card payments fail for about 20 % of users");
    await update.getByLabel(/Next update/).fill(await localTime(page, -30));
    await update.getByLabel("Details").fill("A bad deploy of the payment client");
    await update.getByRole("button", { name: "Post update" }).click();
    await expect(toast(page, "Update posted: identified")).toBeVisible();
    await expect(timeline(page).filter({ hasText: "A bad deploy of the payment client" })).toContainText(
      "Card payments fail for about 20 % of users",
    );

    await update.getByLabel("Status").selectOption("MONITORING");
    await update.getByLabel("Details").fill("Rolled back; watching the error rate");
    await update.getByRole("button", { name: "Post update" }).click();
    await expect(toast(page, "Update posted: monitoring")).toBeVisible();
    await expect(timeline(page).filter({ hasText: "Mitigated: the status reached monitoring" })).toBeVisible();

    // Refused: an update without details names the field and keeps the form.
    await update.getByRole("button", { name: "Post update" }).click();
    await expect(update.getByText("Enter the details of the update")).toBeVisible();

    const note = page.getByRole("form", { name: "Add a note" });
    await note.getByLabel("Note").fill("root cause identified: expired signing key");
    await note.getByLabel(/When/).fill(await localTime(page, 25));
    await note.getByRole("button", { name: "Add note" }).click();
    await expect(toast(page, "Note added")).toBeVisible();
    await expect(timeline(page).filter({ hasText: "root cause identified" })).toBeVisible();
    const texts = await timeline(page).allInnerTexts();
    const noteAt = texts.findIndex((t) => t.includes("root cause identified"));
    const openedAt = texts.findIndex((t) => t.includes("Declared P1"));
    expect(noteAt).toBeGreaterThan(0);
    expect(noteAt).toBeLessThan(openedAt);

    // A note in the future is refused, with the field named.
    await note.getByLabel("Note").fill("from the future");
    await note.getByLabel(/When/).fill(await localTime(page, -60));
    await note.getByRole("button", { name: "Add note" }).click();
    await expect(note.getByText("Cannot be in the future")).toBeVisible();

    const roles = page.getByRole("form", { name: "Severity and roles" });
    await roles.getByLabel("Commander").selectOption({ label: successor.email });
    await roles.getByRole("button", { name: "Save" }).click();
    await expect(toast(page, `Saved #${number}`)).toBeVisible();
    await expect(facts).toContainText(successor.email);
    await expect(page.getByRole("region", { name: "Role history" })).toContainText(successor.email);

    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Resolve" }).click();
    await expect(toast(page, `Resolved #${number}`)).toBeVisible();
    await expect(facts.locator("span").filter({ hasText: /^Resolved$/ })).toBeVisible();
    await expect(page.getByRole("form", { name: "Post an update" })).toHaveCount(0);

    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Reopen" }).click();
    await expect(toast(page, `Reopened #${number}`)).toBeVisible();
    await expect(timeline(page).filter({ hasText: "Reopened" })).toContainText("Had been resolved");
    await expect(timeline(page).filter({ hasText: /^.*resolved.*Resolved$/s })).toHaveCount(1);
    await expect(facts.locator("span").filter({ hasText: /^Investigating$/ })).toBeVisible();

    await page.goto("/settings/audit");
    await expect(auditAction(page, "incident.reopen")).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test("a note added in one browser shows in another's open incident page within 2 s, without a reload", async ({
  page,
  browser,
}) => {
  await signIn(page, ADMIN);
  const number = await declare(page, `Live note ${Date.now().toString(36)}`);
  const other = cliUser("RESPONDER");
  const context = await browser.newContext();
  const watcher = await context.newPage();
  await signIn(watcher, other);
  await watcher.goto(`/incidents/${number}`);
  await expect(watcher.getByTestId("freshness").first()).toHaveAttribute("data-mode", "live", { timeout: 10_000 });
  await watcher.evaluate(() => {
    (window as unknown as { stayed: boolean }).stayed = true;
  });
  const text = `seen live ${Date.now().toString(36)}`;
  const note = page.getByRole("form", { name: "Add a note" });
  await note.getByLabel("Note").fill(text);
  await note.getByRole("button", { name: "Add note" }).click();
  await expect(toast(page, "Note added")).toBeVisible();
  await expect(timeline(watcher).filter({ hasText: text })).toBeVisible({ timeout: 2_000 });
  expect(await watcher.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await context.close();
});

test("a viewer reads an incident but sees no write controls", async ({ page, browser }) => {
  await signIn(page, ADMIN);
  const number = await declare(page, `Viewer reads ${Date.now().toString(36)}`);
  const context = await browser.newContext();
  const viewer = await context.newPage();
  await signIn(viewer, cliUser("VIEWER"));
  await viewer.goto(`/incidents/${number}`);
  await expect(viewer.getByRole("heading", { level: 1, name: new RegExp(`#${number}`) })).toBeVisible();
  await expect(timeline(viewer).filter({ hasText: "Declared P1" })).toBeVisible();
  for (const name of ["Declare incident", "Acknowledge", "Resolve", "Post update", "Add note", "Save"])
    await expect(viewer.getByRole("button", { name }).or(viewer.getByRole("link", { name }))).toHaveCount(0);
  expect((await viewer.goto("/incidents/new"))?.status()).toBe(403);
  await context.close();
});
