import { expect, test } from "@playwright/test";
import { auditBothSchemes } from "./a11y/audit";
import { ADMIN, cliUser, signIn, toast, tokenOf, watchProblems } from "./helpers";

const DAY_MS = 86_400_000;

test("a viewer subscribes to a schedule's shifts, the URL works without a session, and once revoked answers 404", async ({
  page,
  playwright,
  baseURL,
}) => {
  const problems = await watchProblems(page);
  const me = cliUser("VIEWER");
  const name = `Calendar e2e ${Date.now().toString(36)}`;
  const admin = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${tokenOf(ADMIN.email, "calendar")}` },
  });
  const anonymous = await playwright.request.newContext();
  try {
    const layer = { name: "primary", handoff: { every: "day", at: "09:00" } };
    const startsAt = new Date(Date.now() - DAY_MS).toISOString();
    const created = await admin.post("/api/v1/schedules", {
      data: { name, timeZone: "Europe/Berlin", layers: [{ ...layer, startsAt, members: [me.email] }] },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id: scheduleId } = await created.json();

    await signIn(page, me);
    await page.goto("/settings");
    await page.getByRole("link", { name: "Calendar feeds" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Calendar feeds" })).toBeVisible();
    await expect(page.getByText("No feeds yet.")).toBeVisible();

    const form = page.getByRole("form", { name: "Add a calendar feed" });
    const newUrl = async () => {
      await form.getByRole("button", { name: "Create feed" }).click();
      await expect(toast(page, "Feed created: copy its URL now").last()).toBeVisible();
      await expect(page.getByRole("status").filter({ hasText: "It is a secret" })).toBeVisible();
      return (await page.getByTestId("new-feed-url").textContent()) ?? "";
    };
    await form.getByLabel("Shifts of").selectOption(`schedule:${scheduleId}`);
    const scheduleUrl = await newUrl();
    expect(scheduleUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/ocal_[0-9A-Za-z]{40}\.ics$/);
    await expect(page.getByRole("button", { name: "Copy the feed URL" })).toBeVisible();

    const ics = await anonymous.get(scheduleUrl);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const text = await ics.text();
    expect(text).toContain(`X-WR-CALNAME:On call: ${name}\r\n`);
    expect(text).toContain(`SUMMARY:Primary: ${me.email}\r\n`);
    expect(text).toMatch(/DTSTART;TZID=Europe\/Berlin:\d{8}T090000\r\n/);

    await page.reload();
    const item = page.getByRole("listitem", { name: `Everyone on ${name}` });
    await expect(item).toContainText("active");
    await expect(item).toContainText("last fetched");
    await expect(page.getByTestId("new-feed-url")).toHaveCount(0);

    page.once("dialog", (d) => d.accept());
    await item.getByRole("button", { name: `Revoke Everyone on ${name}` }).click();
    await expect(toast(page, `Revoked the feed of ${name}`)).toBeVisible();
    await expect(item).toContainText("revoked");
    await expect(item.getByRole("button")).toHaveCount(0);

    const gone = await anonymous.get(scheduleUrl);
    expect(gone.status()).toBe(404);
    const unknown = await anonymous.get(scheduleUrl.replace(/ocal_\w{4}/, "ocal_zzzz"));
    expect(unknown.status()).toBe(404);
    expect(await unknown.text()).toBe(await gone.text());
    expect(problems).toEqual([]);
  } finally {
    await Promise.all([admin.dispose(), anonymous.dispose()]);
  }
});

test("the page with a new feed's URL shown passes WCAG 2.1 AA at 390 px, light and dark, without sideways scrolling", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, cliUser("VIEWER"));
  await page.goto("/settings/calendar");
  const form = page.getByRole("form", { name: "Add a calendar feed" });
  await form.getByLabel("Shifts of").focus();
  await page.keyboard.press("Tab");
  await expect(form.getByRole("button", { name: "Create feed" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("new-feed-url")).toBeVisible();
  // The page is audited as it stays; the toast is the app's shared one and goes after a few seconds.
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
  expect(await auditBothSchemes(page, "calendar feeds", { extra: ["target-size"], reflow: true })).toEqual([]);
});

test("the API makes, lists and revokes feeds with field errors for what it refuses", async ({
  playwright,
  baseURL,
}) => {
  const viewerEmail = cliUser("VIEWER").email;
  const viewer = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${tokenOf(viewerEmail, "calendar-api")}` },
  });
  try {
    const neither = await viewer.post("/api/v1/calendar-feeds", { data: {} });
    expect(neither.status()).toBe(400);
    expect((await neither.json()).error.fieldErrors).toHaveProperty("_form");
    const both = await viewer.post("/api/v1/calendar-feeds", { data: { schedule: "x", email: viewerEmail } });
    expect((await both.json()).error.fieldErrors).toHaveProperty("email");
    const unknown = await viewer.post("/api/v1/calendar-feeds", { data: { schedule: "no-such-schedule" } });
    expect(unknown.status()).toBe(422);
    expect((await unknown.json()).error.fieldErrors).toEqual({ schedule: ["No such schedule"] });
    expect((await viewer.post("/api/v1/calendar-feeds", { data: { email: ADMIN.email } })).status()).toBe(403);

    const made = await viewer.post("/api/v1/calendar-feeds", { data: { email: viewerEmail } });
    expect(made.status()).toBe(201);
    const { id, url } = await made.json();
    expect(url).toMatch(/\/api\/calendar\/ocal_[0-9A-Za-z]{40}\.ics$/);
    const ics = await playwright.request.newContext().then(async (anonymous) => {
      const res = await anonymous.get(url);
      const text = `${res.status()} ${res.headers()["content-type"]}\n${await res.text()}`;
      await anonymous.dispose();
      return text;
    });
    expect(ics).toMatch(/^200 text\/calendar; charset=utf-8\nBEGIN:VCALENDAR\r\n/);
    expect(ics).toContain(`X-WR-CALNAME:On call: ${viewerEmail}\r\n`);
    const listed = await (await viewer.get("/api/v1/calendar-feeds")).json();
    expect(listed).toEqual([expect.objectContaining({ id, kind: "person", email: viewerEmail, status: "active" })]);
    const revoked = await viewer.delete(`/api/v1/calendar-feeds/${id}`);
    expect(await revoked.json()).toMatchObject({ id, status: "revoked" });
    expect((await viewer.get(url)).status()).toBe(404);
  } finally {
    await viewer.dispose();
  }
});
