import { type APIRequestContext, expect, type Page, type PlaywrightWorkerArgs, test } from "@playwright/test";
import { auditBothSchemes } from "./a11y/audit";
import { ADMIN, cliUser, signIn, toast, tokenOf, watchProblems } from "./helpers";

// The viewer's zone differs from the demo schedule's (Europe/Berlin): forms and lists speak the viewer's.
test.use({ timezoneId: "Asia/Tokyo" });

const DEMO = "Operations on-call";
const DEMO_PEOPLE = /Ada \(demo\)|Ben \(demo\)/;

/** A wall time `days` from today in Tokyo as a datetime-local value, and as the shared Time writes it. */
function tokyoWall(days: number, hour: number) {
  const t = new Date(Date.now() + days * 86_400_000 + 9 * 3_600_000);
  const day = t.toISOString().slice(0, 10);
  const hh = String(hour).padStart(2, "0");
  return { input: `${day}T${hh}:00`, shown: `${day} ${hh}:00 GMT+9` };
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function openDemo(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "On-call" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "On-call" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: DEMO })).toContainText(DEMO_PEOPLE);
  await page.getByRole("link", { name: DEMO }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO })).toBeVisible();
}

test("a responder sees who is on call, puts themselves on for a while, sees it drawn and listed, and takes it back", async ({
  page,
}) => {
  const problems = await watchProblems(page);
  const me = cliUser("RESPONDER");
  await signIn(page, me);
  // The shell names the first schedule by name; other journeys may have made schedules before the demo's.
  await expect(page.getByTestId("on-call-now").locator("visible=true")).toContainText(/On call · primary/);
  await openDemo(page);

  const now = page.getByRole("region", { name: "On call now" });
  await expect(now.getByRole("definition")).toHaveCount(2);
  await expect(now).toContainText(/primary\s*(Ada|Ben) \(demo\)/i);
  await expect(now.getByRole("link", { name: /\.demo@example\.com/ })).toHaveCount(2);
  const weeks = page.getByRole("region", { name: "Next four weeks" });
  for (const layer of ["primary", "secondary"]) {
    await expect(
      weeks
        .getByRole("list", { name: `${layer} shifts` })
        .getByRole("listitem")
        .first(),
    ).toContainText(DEMO_PEOPLE);
  }
  await expect(weeks.getByRole("list", { name: "Legend" })).toContainText("Ada (demo)");
  await expect(page.getByRole("list", { name: "primary shift list" }).getByRole("listitem").first()).toContainText(
    DEMO_PEOPLE,
  );

  const form = page.getByRole("form", { name: "Add an override" });
  await expect(form).toContainText("responders put only themselves on call");
  await expect(form.getByLabel("Person")).toHaveCount(0);
  // Blank times, then an end before the start: each field says what is wrong.
  await form.getByRole("button", { name: "Add override" }).click();
  await expect(form.getByText("Choose when the override starts")).toBeVisible();
  const days = 3 + Math.floor(Math.random() * 18);
  const start = tokyoWall(days, 10);
  const end = tokyoWall(days + 2, 15);
  await form.getByLabel("Layer").selectOption("secondary");
  await form.getByLabel("Starts").fill(end.input);
  await form.getByLabel("Ends").fill(start.input);
  await form.getByRole("button", { name: "Add override" }).click();
  await expect(form.getByText("End the override after it starts")).toBeVisible();

  await form.getByLabel("Starts").fill(start.input);
  await form.getByLabel("Ends").fill(end.input);
  await form.getByRole("button", { name: "Add override" }).click();
  await expect(toast(page, `${me.email} is on call on secondary for the override`)).toBeVisible();
  const listed = page.getByRole("listitem", { name: `Override: ${me.email} on secondary` });
  await expect(listed).toContainText(`${start.shown} – ${end.shown}`);
  const drawn = weeks
    .getByRole("list", { name: "secondary shifts" })
    .getByRole("listitem")
    .filter({ hasText: me.email });
  await expect(drawn).toHaveAttribute("data-override", "true");
  await expect(drawn).toContainText(", override,");
  const row = page
    .getByRole("list", { name: "secondary shift list" })
    .getByRole("listitem")
    .filter({ hasText: me.email });
  await expect(row).toContainText("override");
  await expect(row).toContainText(`${start.shown} – ${end.shown}`);
  await expect(page.getByRole("form", { name: "Add an override" }).getByLabel("Starts")).toHaveValue("");

  // Taking it back asks first; declining keeps it.
  page.once("dialog", (d) => void d.dismiss());
  await listed.getByRole("button", { name: "Remove" }).click();
  await expect(listed).toBeVisible();
  page.once("dialog", (d) => {
    expect(d.message()).toContain(`Remove ${me.email}'s override on secondary?`);
    void d.accept();
  });
  await listed.getByRole("button", { name: "Remove" }).click();
  await expect(toast(page, "Override removed")).toBeVisible();
  await expect(listed).toHaveCount(0);
  await expect(drawn).toHaveCount(0);
  expect(problems).toEqual([]);
});

/** An override through the API, as `email` (a token of theirs), some weeks ahead: returns its id. */
async function apiOverride(api: APIRequestContext, scheduleId: string, email: string, layer: string) {
  const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000 + (8 + Math.floor(Math.random() * 16)) * 86_400_000;
  const body = {
    layer,
    email,
    startsAt: new Date(hour).toISOString(),
    endsAt: new Date(hour + 30 * 3_600_000).toISOString(),
  };
  const added = await api.post(`/api/v1/schedules/${scheduleId}/overrides`, { data: body });
  expect(added.status(), await added.text()).toBe(201);
  return (await added.json()).id as string;
}

const apiAs = (playwright: PlaywrightWorkerArgs["playwright"], baseURL: string | undefined, email: string) =>
  playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${tokenOf(email, "schedules")}` },
  });

test("the schedule page, an override drawn, passes axe in light and dark on a desktop and at 390 px without sideways scroll", async ({
  page,
  playwright,
  baseURL,
}, testInfo) => {
  const me = cliUser("RESPONDER");
  await signIn(page, me);
  await openDemo(page);
  const id = new URL(page.url()).pathname.split("/").at(-1) as string;
  const api = await apiAs(playwright, baseURL, me.email);
  const overrideId = await apiOverride(api, id, me.email, "primary");
  const drawn = page.getByRole("list", { name: "primary shifts" }).getByRole("listitem").filter({ hasText: me.email });
  await expect(drawn).toHaveAttribute("data-override", "true");
  await page.screenshot({ path: testInfo.outputPath("schedule-desktop.png"), fullPage: true });
  expect(await auditBothSchemes(page, "schedule desktop")).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(drawn).toBeVisible();
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await expect(page.getByTestId("on-call-now").locator("visible=true")).toContainText(/On call · primary/);
  await page.screenshot({ path: testInfo.outputPath("schedule-390.png"), fullPage: true });
  expect(await auditBothSchemes(page, "schedule phone", { reflow: true })).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveClass(/dark/);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath("schedule-390-dark.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: testInfo.outputPath("schedule-dark.png"), fullPage: true });
  expect((await api.delete(`/api/v1/schedules/${id}/overrides/${overrideId}`)).status()).toBe(200);
  await api.dispose();
});

test("an admin may put anyone on call", async ({ page }) => {
  await signIn(page, ADMIN);
  await openDemo(page);
  const people = page.getByRole("form", { name: "Add an override" }).getByLabel("Person");
  await expect(people.locator("option", { hasText: ADMIN.email })).toHaveCount(1);
  expect(await people.locator("option").count()).toBeGreaterThan(1);
});

test("a viewer only looks, and sees an override added and removed elsewhere without a reload", async ({
  page,
  playwright,
  baseURL,
}) => {
  const problems = await watchProblems(page);
  await signIn(page, cliUser("VIEWER"));
  await openDemo(page);
  await expect(page.getByRole("form", { name: "Add an override" })).toHaveCount(0);
  await expect(page.getByText("Viewers cannot change who is on call.")).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").at(-1) as string;
  const api = await apiAs(playwright, baseURL, ADMIN.email);
  const overrideId = await apiOverride(api, id, ADMIN.email, "secondary");
  const live = page.getByRole("listitem", { name: `Override: ${ADMIN.name} on secondary` });
  await expect(live).toBeVisible();
  await expect(live.getByRole("button", { name: "Remove" })).toHaveCount(0);
  expect((await api.delete(`/api/v1/schedules/${id}/overrides/${overrideId}`)).status()).toBe(200);
  await expect(live).toHaveCount(0);
  await api.dispose();
  expect(problems).toEqual([]);
});

test("an incident's page says who is on call now and links to the schedule", async ({ page }) => {
  const problems = await watchProblems(page);
  await signIn(page, cliUser("VIEWER"));
  await page.goto("/incidents/1");
  const box = page.getByRole("region", { name: "On call now" });
  await expect(box).toContainText(/primary\s*(Ada|Ben) \(demo\)/i);
  await expect(box).toContainText(/secondary\s*(Ada|Ben) \(demo\)/i);
  // "Operations on-call: the coming weeks" alone, or the schedule's name among others'.
  await box.getByRole("link", { name: new RegExp(`^${DEMO}`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO })).toBeVisible();
  expect(problems).toEqual([]);
});
