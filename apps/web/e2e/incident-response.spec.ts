import { expect, type Page, test } from "@playwright/test";
import { atEachWidth, cliUser, signIn, toast, watchProblems } from "./helpers";

const panel = (page: Page) => page.getByRole("region", { name: "Response checklist" });
const step = (page: Page, title: string) => panel(page).getByRole("checkbox", { name: title, exact: true });
const progress = (page: Page) => panel(page).getByTestId("response-progress");
const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" }).getByRole("listitem");

/** A P2 incident on the API, declared by whoever `page` is signed in as; returns its number. */
async function declareP2(page: Page, title: string): Promise<number> {
  await page.goto("/incidents/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("radio", { name: /P2 – Medium/ }).check();
  await page.getByRole("checkbox", { name: "API", exact: true }).check();
  await page.getByRole("button", { name: "Declare incident" }).click();
  await page.waitForURL(/\/incidents\/\d+$/);
  return Number(new URL(page.url()).pathname.split("/").pop());
}

atEachWidth((label) => {
  test(`responders tick the response checklist, seen live by a viewer who cannot tick (${label})`, async ({
    page,
    browser,
    viewport,
  }) => {
    const problems = await watchProblems(page);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const responder = cliUser("RESPONDER");
    await signIn(page, responder);
    const number = await declareP2(page, `Slow order pages ${label} ${Date.now().toString(36)}`);
    await expect(progress(page)).toHaveText("0/4");

    const other = await browser.newContext({ viewport: viewport ?? undefined });
    const watcher = await other.newPage();
    await signIn(watcher, cliUser("VIEWER"));
    await watcher.goto(`/incidents/${number}`);
    await expect(panel(watcher).getByRole("checkbox")).toHaveCount(4);
    for (const box of await panel(watcher).getByRole("checkbox").all()) await expect(box).toBeDisabled();
    await expect(panel(watcher).getByRole("button", { name: /^Skip/ })).toHaveCount(0);

    // Ticked with a click on its title, then with the keyboard.
    await panel(page).getByText("Assess the impact", { exact: true }).click();
    await expect(step(page, "Assess the impact")).toBeChecked();
    await expect(progress(page)).toHaveText("1/4");
    await step(page, "Check the error logs").focus();
    await page.keyboard.press("Space");
    await expect(progress(page)).toHaveText("2/4");
    // The viewer's page follows without a reload: the boxes, the count and the timeline.
    await expect(step(watcher, "Assess the impact")).toBeChecked();
    await expect(step(watcher, "Check the error logs")).toBeChecked();
    await expect(progress(watcher)).toHaveText("2/4");
    await expect(timeline(watcher).filter({ hasText: "Done: Check the error logs" })).toBeVisible();
    await expect(
      panel(watcher)
        .getByText(new RegExp(`^Done · ${responder.email}`))
        .first(),
    ).toBeVisible();

    await panel(page).getByRole("button", { name: "Skip Track the permanent fix" }).click();
    await page.getByLabel("Why skip it?").fill("Fixed by the index in the same deploy");
    await page.getByRole("button", { name: "Skip step" }).click();
    await expect(progress(page)).toHaveText("3/4 (1 skipped)");
    await expect(panel(watcher).getByText(/^Skipped: Fixed by the index in the same deploy/)).toBeVisible();
    await step(page, "Assess the impact").uncheck();
    await expect(step(watcher, "Assess the impact")).not.toBeChecked();
    await expect(progress(watcher)).toHaveText("2/4 (1 skipped)");

    // A command in a step's detail is copied as it is written.
    await panel(page).getByRole("button", { name: "Copy vercel logs | grep ERROR" }).click();
    await expect(toast(page, "Copied")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("vercel logs | grep ERROR");

    // Raised to P0: its steps the incident lacks are added, for everyone.
    const roles = page.getByRole("form", { name: "Severity and roles" });
    await roles.getByLabel("Severity", { exact: true }).selectOption("P0");
    await roles.getByRole("button", { name: "Save" }).click();
    await expect(toast(page, `Saved #${number}`)).toBeVisible();
    await expect(progress(watcher)).toHaveText("2/11 (1 skipped)");
    await expect(step(watcher, "Check the database")).toBeVisible();
    await expect(timeline(page).filter({ hasText: "Response checklist: 7 steps of P0 added" })).toBeVisible();

    await page.reload();
    await expect(step(page, "Check the error logs")).toBeChecked();
    await expect(progress(page)).toHaveText("2/11 (1 skipped)");
    await other.close();
    expect(problems).toEqual([]);
  });
});

test("an admin edits a severity's default steps, with errors beside the fields, and new incidents get them", async ({
  page,
}) => {
  const admin = cliUser("ADMIN");
  await signIn(page, admin);
  await page.goto("/settings");
  await page.getByRole("link", { name: "Response checklists" }).click();
  const p3 = page.getByRole("form", { name: /^P3/ });
  await expect(p3.getByLabel("Title")).toHaveCount(2);
  await p3.getByRole("button", { name: "Add step" }).click();
  await expect(p3.getByLabel("Title").nth(2)).toBeFocused();
  await p3.getByRole("button", { name: "Save P3 steps" }).click();
  await expect(p3.getByText("Enter a title")).toBeVisible();
  const title = `Tell support ${Date.now().toString(36)}`;
  await p3.getByLabel("Title").nth(2).fill(title);
  await p3.getByLabel("Detail (optional)").nth(2).fill("Post in `#support` with the incident link");
  await p3.getByRole("button", { name: "Move step 3 up" }).click();
  await p3.getByRole("button", { name: "Remove step 1" }).click();
  await p3.getByRole("button", { name: "Save P3 steps" }).click();
  await expect(toast(page, "Saved the P3 response steps")).toBeVisible();
  await page.reload();
  const titles = page.getByRole("form", { name: /^P3/ }).getByLabel("Title");
  await expect(titles).toHaveCount(2);
  await expect(titles.nth(0)).toHaveValue(title);
  await expect(titles.nth(1)).toHaveValue("Add it to the backlog");

  await page.goto("/incidents/new");
  await page.getByLabel("Title").fill(`Typo on the pricing page ${Date.now().toString(36)}`);
  await page.getByRole("radio", { name: /P3 – Low/ }).check();
  await page.getByRole("checkbox", { name: "API", exact: true }).check();
  await page.getByRole("button", { name: "Declare incident" }).click();
  await page.waitForURL(/\/incidents\/\d+$/);
  await expect(panel(page).getByRole("checkbox")).toHaveCount(2);
  await expect(step(page, title)).toBeEnabled();
  await expect(panel(page).getByRole("button", { name: "Copy #support" })).toBeVisible();
});
