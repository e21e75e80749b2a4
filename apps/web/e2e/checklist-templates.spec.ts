import { expect, test } from "@playwright/test";
import { ADMIN, atEachWidth, cliUser, signIn, toast, watchProblems } from "./helpers";

const RUNBOOK = `# Payments runbook

Some prose the import leaves alone.

### Daily
- [ ] Check the error dashboard
- [ ] Confirm last night's backup finished

  Look at the backups page: the newest one should be under a day old.

### Weekly Tasks
- [ ] Review slow queries
- [ ] Prune stale feature flags
`;

atEachWidth((label, viewport) => {
  test("an admin imports a runbook's checklists, edits one's items and archives it", async ({ page }) => {
    test.setTimeout(120_000);
    const problems = await watchProblems(page);
    const noSideways = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await signIn(page, ADMIN);

    await page.goto("/checklists/import");
    const source = `payments-${label}-${Date.now().toString(36)}.md`;
    await page.getByLabel("Runbook Markdown").fill(RUNBOOK);
    await page.getByLabel("Source (optional)").fill(source);
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("heading", { name: "Found 2 checklists" })).toBeVisible();
    const cards = page.getByTestId("found-checklist");
    await expect(cards).toHaveCount(2);
    const daily = cards.filter({ has: page.getByRole("checkbox", { name: "Daily" }) });
    await expect(daily).toContainText("Check the error dashboard");
    await expect(daily).toContainText("line 5");
    const weekly = cards.filter({ has: page.getByRole("checkbox", { name: "Weekly Tasks" }) });
    await expect(weekly).toContainText("Prune stale feature flags");
    // An item's detail stays folded until asked for.
    const detail = daily.getByText("newest one should be under a day old");
    await expect(detail).toBeHidden();
    await daily.getByText("Detail").click();
    await expect(detail).toBeVisible();
    await noSideways();

    await page.getByRole("button", { name: "Create 2 checklists" }).click();
    const created = page.getByRole("region", { name: "Created 2 checklists" });
    await expect(created).toBeVisible();
    const dailyLink = created.getByRole("link", { name: "Daily", exact: true });
    const href = await dailyLink.getAttribute("href");
    expect(href).toMatch(/^\/checklists\/daily(-\d+)?$/);
    await dailyLink.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole("heading", { level: 1, name: "Daily" })).toBeVisible();

    await page.goto(`${href}/edit`);
    const form = page.getByRole("form", { name: "Edit checklist" });
    const item = (n: number) => form.getByRole("group", { name: `Item ${n}` });
    await expect(item(1).getByLabel("Title")).toHaveValue("Check the error dashboard");
    await item(1).getByLabel("Title").fill("Check the error and latency dashboards");
    await form.getByRole("button", { name: "Add item" }).click();
    await expect(item(3).getByLabel("Title")).toBeFocused();
    await item(3).getByLabel("Title").fill("Every check is green");
    await item(3).getByLabel("Evidence").selectOption({ label: "All checks up" });
    await expect(item(3)).toContainText("Every check is up");
    await item(3).getByRole("button", { name: "Move item 3 up" }).click();
    await expect(item(2).getByLabel("Title")).toHaveValue("Every check is green");
    await expect(item(2).getByRole("button", { name: "Move item 2 up" })).toBeFocused();
    await expect(form.getByTestId("due-rule")).toHaveText("Due 10:00, 2 h grace");
    await noSideways();
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(toast(page, "Saved Daily")).toBeVisible();

    await page.reload();
    await expect(item(1).getByLabel("Title")).toHaveValue("Check the error and latency dashboards");
    await expect(item(2).getByLabel("Title")).toHaveValue("Every check is green");
    await expect(item(2).getByLabel("Evidence")).toHaveValue("checks.all_up");
    await expect(item(3).getByLabel("Title")).toHaveValue("Confirm last night's backup finished");
    await expect(item(3).getByLabel("Detail")).toHaveValue(/under a day old/);

    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "Archive checklist" }).click();
    await expect(toast(page, /^Archived Daily/)).toBeVisible();
    await expect(page.getByText(/^Archived .*: it gets no new runs\.$/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Restore checklist" })).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test("the editor puts errors beside their fields and items and keeps what was typed", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/checklists/new");
  const form = page.getByRole("form", { name: "Add checklist" });
  await form.getByLabel("Name", { exact: true }).fill(`Month end ${Date.now().toString(36)}`);
  await form.getByLabel("Cadence").selectOption("WEEKLY");
  await form.getByLabel("Due day").fill("5");
  await expect(form.getByText("Friday", { exact: true })).toBeVisible();
  await form.getByLabel("Cadence").selectOption("MONTHLY");
  await form.getByLabel("Due day").fill("40");
  const item = (n: number) => form.getByRole("group", { name: `Item ${n}` });
  await item(1).getByLabel("Title").fill("Close the books");
  await form.getByRole("button", { name: "Add item" }).click();
  await item(2).getByLabel("Help URL").fill("not a url");
  await form.getByRole("button", { name: "Add checklist" }).click();
  await expect(item(2).getByRole("alert").filter({ hasText: "Name the item" })).toBeVisible();
  await expect(item(2).getByRole("alert").filter({ hasText: "Use an http:// or https:// URL" })).toBeVisible();
  await expect(item(1).getByRole("alert")).toHaveCount(0);
  // Moved, the item takes its errors along.
  await item(2).getByRole("button", { name: "Move item 2 up" }).click();
  await expect(item(1).getByRole("alert").filter({ hasText: "Name the item" })).toBeVisible();
  await expect(item(2).getByLabel("Title")).toHaveValue("Close the books");
  await item(1).getByRole("button", { name: "Remove item 1" }).click();
  await expect(item(1).getByLabel("Title")).toBeFocused();

  await form.getByRole("button", { name: "Add checklist" }).click();
  const dueDay = form.getByLabel("Due day");
  await expect(form.getByRole("alert").filter({ hasText: "Use a day from 1 to 31 of the month" })).toBeVisible();
  await expect(dueDay).toHaveValue("40");
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue(/^Month end /);
  await dueDay.fill("31");
  await expect(form.getByTestId("due-rule")).toHaveText("Due on the month's last day at 10:00, 2 h grace");
  await form.getByRole("button", { name: "Add checklist" }).click();
  await expect(page).toHaveURL(/\/checklists\/month-end-/);
});

test("a save over someone else's newer one is refused and keeps what was typed", async ({ page }) => {
  await signIn(page, ADMIN);
  const name = `Quarter close ${Date.now().toString(36)}`;
  await page.goto("/checklists/new");
  const form = page.getByRole("form", { name: "Add checklist" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByRole("group", { name: "Item 1" }).getByLabel("Title").fill("Reconcile");
  await form.getByRole("button", { name: "Add checklist" }).click();
  await page.waitForURL(/\/checklists\/quarter-close-/);
  const edit = `${new URL(page.url()).pathname}/edit`;

  await page.goto(edit);
  const other = await page.context().newPage();
  await other.goto(edit);
  await other.getByLabel("Description").fill("Their description");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(toast(other, `Saved ${name}`)).toBeVisible();

  const title = page.getByRole("group", { name: "Item 1" }).getByLabel("Title");
  await title.fill("Reconcile every account");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Someone else saved this checklist" })).toBeVisible();
  await expect(title).toHaveValue("Reconcile every account");
  await page.getByRole("button", { name: "Load the saved version" }).click();
  await expect(page.getByLabel("Description")).toHaveValue("Their description");
  await expect(title).toHaveValue("Reconcile");
});

test("only admins reach the checklist editor and import", async ({ page }) => {
  await signIn(page, cliUser("RESPONDER"));
  for (const path of ["/checklists/new", "/checklists/import", "/checklists/daily-database-checks/edit"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  }
});
