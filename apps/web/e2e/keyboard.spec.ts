import { expect, type Locator, type Page, test } from "@playwright/test";
import { ADMIN } from "./helpers";

/** Press Tab until `target` has the focus: it must be reachable by keyboard within `max` stops. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${target} not reached with ${max} presses of Tab`);
}

/** Sign in as the first admin with the keyboard alone. */
async function signInByKeyboard(page: Page) {
  await page.goto("/login");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(ADMIN.email);
  await tabTo(page, page.getByLabel("Password"));
  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      id: el?.id ?? "",
      text: el?.textContent?.trim() ?? "",
      outline: el ? getComputedStyle(el).outlineStyle : "",
    };
  });

test("keyboard only: sign in, declare an incident, acknowledge it and tick a response step", async ({ page }) => {
  test.setTimeout(90_000);
  await signInByKeyboard(page);
  await expect(page.getByTestId("current-user").first()).toBeAttached();

  // The first stop skips the navigation, with a visible focus ring.
  await page.keyboard.press("Tab");
  expect(await focused(page)).toMatchObject({ text: "Skip to content" });
  expect((await focused(page)).outline).not.toBe("none");
  await page.keyboard.press("Enter");
  expect((await focused(page)).id).toBe("main");

  // "?" lists the shortcuts in a modal dialog; Escape closes it and gives the focus back.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help.getByRole("button", { name: "Close" })).toBeFocused();
  await expect(help).toContainText("Acknowledge the incident on screen");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  expect((await focused(page)).id).toBe("main");

  // "d" declares; a shortcut key typed into a field is just text.
  await page.keyboard.press("d");
  await page.waitForURL(/\/incidents\/new$/);
  const title = `Keyboard-declared outage ${Date.now().toString(36)}`;
  await tabTo(page, page.getByLabel("Title"));
  await page.keyboard.type(title);
  await expect(page).toHaveURL(/\/incidents\/new$/);
  await tabTo(page, page.getByRole("checkbox", { name: "API", exact: true }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Declare incident" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/incidents\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();

  // "a" acknowledges the incident on screen.
  const acknowledge = page.getByRole("button", { name: "Acknowledge" });
  await expect(acknowledge).toBeVisible();
  await page.keyboard.press("a");
  await expect(acknowledge).toHaveCount(0, { timeout: 10_000 });

  // The first step of its response checklist, ticked with Space.
  const step = page.getByTestId("response-step").first().getByRole("checkbox");
  await tabTo(page, step, 150);
  await page.keyboard.press("Space");
  await expect(step).toBeChecked();
  await page.reload();
  await expect(page.getByTestId("response-step").first().getByRole("checkbox")).toBeChecked();
});

test("keyboard only: start a pre-deploy checklist run, answer every item and sign it off", async ({ page }) => {
  test.setTimeout(120_000);
  await signInByKeyboard(page);

  // From the navigation to the pre-deploy checklist, and a run started by its label.
  await tabTo(page, page.getByRole("navigation").getByRole("link", { name: "Checklists" }).locator("visible=true"));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/checklists$/);
  await tabTo(page, page.getByRole("link", { name: "Pre-deployment checklist" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/checklists\/pre-deploy$/);
  const label = `deploy-${Date.now().toString(36)}`;
  await tabTo(page, page.getByLabel("Label"));
  await page.keyboard.type(label);
  await page.keyboard.press("Enter");
  const groups = page.getByRole("radiogroup");
  await expect(groups.first()).toBeVisible({ timeout: 10_000 });

  // Tab reaches each item's choices once, on Done; Space answers it.
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const done = groups.nth(i).getByRole("radio", { name: "Done", exact: true });
    await tabTo(page, done, 40);
    await page.keyboard.press("Space");
    await expect(done).toHaveAttribute("aria-checked", "true");
  }
  await expect(page.getByTestId("run-answered")).toHaveText(`${count} of ${count} answered`);

  // Sign-off asks first, in a dialog that takes the focus; Enter on its button signs.
  await tabTo(page, page.getByRole("button", { name: /^Sign off as / }), 40);
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("dialog", { name: /^Sign off / });
  await expect(confirm).toBeVisible();
  await tabTo(page, confirm.getByRole("button", { name: "Sign off", exact: true }), 10);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("signed-off")).toContainText("Signed off by");
  await expect(groups).toHaveCount(0);
});
