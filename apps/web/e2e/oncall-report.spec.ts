import { readFile } from "node:fs/promises";
import type { OnCallReportDto } from "@opsdeck/core/oncall-report/index";
import { expect, type Page, test } from "@playwright/test";
import { formatDuration } from "../components/incidents/format";
import { auditBothSchemes } from "./a11y/audit";
import { cliUser, signIn, watchProblems } from "./helpers";

test.use({ timezoneId: "Asia/Tokyo" });

const DEMO_PEOPLE = ["Ada (demo)", "Ben (demo)"];
const PEOPLE_TABLE = "Pages and times to acknowledge per person";
const WEEKS_TABLE = "Pages per person per week, night pages in brackets";
const ackText = (ms: number | null) => (ms === null ? "–" : formatDuration(ms));

/** The report as the API gives it to the signed-in viewer, for the same query as the page. */
async function apiReport(page: Page, query = ""): Promise<OnCallReportDto> {
  const res = await page.request.get(`/api/v1/reports/oncall${query}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as OnCallReportDto;
}

const personRow = (page: Page, table: string, email: string) =>
  page.getByRole("table", { name: table }).locator(`tr[data-person="${email}"]`);

/** Every person's row shows the API's figures: pages, night pages, times to acknowledge, pages per week. */
async function expectFigures(page: Page, report: OnCallReportDto) {
  await expect(page.getByRole("table", { name: PEOPLE_TABLE }).locator("tbody tr")).toHaveCount(report.people.length);
  for (const p of report.people) {
    const row = personRow(page, PEOPLE_TABLE, p.user.email);
    await expect(row.getByRole("rowheader")).toHaveText(p.user.name ?? p.user.email);
    await expect(row.locator('[data-field="pages"]')).toHaveText(String(p.pages));
    await expect(row.locator('[data-field="night"]')).toHaveText(String(p.nightPages));
    await expect(row.locator('[data-field="acknowledged"]')).toHaveText(String(p.ack.count));
    await expect(row.locator('[data-field="median"]')).toHaveText(ackText(p.ack.p50Ms));
    await expect(row.locator('[data-field="p90"]')).toHaveText(ackText(p.ack.p90Ms));
    await expect(row.locator('[data-field="max"]')).toHaveText(ackText(p.ack.maxMs));
    await expect(row.locator('[data-field="unacknowledged"]')).toContainText(String(p.unacknowledgedPages));
    const weekly = personRow(page, WEEKS_TABLE, p.user.email);
    for (const w of p.weeks)
      await expect(weekly.locator(`[data-week="${w.week}"]`)).toHaveText(
        w.nightPages ? `${w.pages} (${w.nightPages} at night)` : String(w.pages),
      );
  }
}

test("a viewer sees the on-call load the database holds, per person, week and hour, and the page passes axe light and dark, desktop and phone", async ({
  page,
}, testInfo) => {
  const problems = await watchProblems(page);
  await signIn(page, cliUser("VIEWER"));
  await page.goto("/schedules");
  await page.getByRole("link", { name: "Load report" }).click();
  await expect(page).toHaveURL(/\/schedules\/reports$/);
  await expect(page.getByRole("heading", { level: 1, name: "On-call load" })).toBeVisible();

  // Eight weeks by default, in the oldest schedule's zone; the demo's pages went to Ada and Ben.
  const report = await apiReport(page);
  expect(report.period.weeks).toBe(8);
  expect(report.weeks).toHaveLength(8);
  for (const name of DEMO_PEOPLE) expect(report.people.find((p) => p.user.name === name)?.pages).toBeGreaterThan(0);
  await expect(page.getByLabel("Weeks")).toHaveValue("8");
  await expect(page.getByLabel("Time zone")).toHaveValue(report.period.zone);
  await expectFigures(page, report);

  // The hour table: every hour, night hours said in words, pages and medians as the API counts them.
  await page.getByText("Show as a table").click();
  const hours = page.getByRole("table", { name: "Pages and median time to acknowledge by hour of the day" });
  await expect(hours.locator("tbody tr")).toHaveCount(24);
  for (const h of report.byHour) {
    const row = hours.locator(`tr[data-hour="${h.hour}"]`);
    await expect(row.getByRole("rowheader")).toHaveText(
      `${String(h.hour).padStart(2, "0")}:00${h.night ? " (night)" : ""}`,
    );
    await expect(row.locator('[data-field="pages"]')).toHaveText(String(h.pages));
    await expect(row.locator('[data-field="median"]')).toHaveText(ackText(h.ack.p50Ms));
  }
  await expect(page.getByRole("figure", { name: "Pages by hour of the day" })).toContainText(
    `${report.total.pages} pages, ${report.total.nightPages} at night`,
  );

  await page.screenshot({ path: testInfo.outputPath("oncall-report-desktop.png"), fullPage: true });
  expect(await auditBothSchemes(page, "on-call report desktop")).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "On-call load" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("oncall-report-390.png"), fullPage: true });
  expect(await auditBothSchemes(page, "on-call report phone", { reflow: true })).toEqual([]);
  expect(problems).toEqual([]);
});

/** A new viewer, signed in, on the report's page. */
async function openReport(page: Page) {
  await signIn(page, cliUser("VIEWER"));
  await page.goto("/schedules/reports");
  await expect(page.getByRole("heading", { level: 1, name: "On-call load" })).toBeVisible();
}

test("a viewer picks another period and zone and downloads the figures as CSV", async ({ page }) => {
  const problems = await watchProblems(page);
  await openReport(page);
  // Another period and zone, through the form: the address carries them and the figures follow.
  await page.getByLabel("Weeks").fill("2");
  await page.getByLabel("Time zone").selectOption("UTC");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/weeks=2&timeZone=UTC/);
  const two = await apiReport(page, "?weeks=2&timeZone=UTC");
  expect(two.weeks).toHaveLength(2);
  await expect(page.getByRole("table", { name: WEEKS_TABLE }).getByRole("columnheader")).toHaveCount(3);
  await expectFigures(page, two);

  // The CSV holds the same figures, one row per person.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`oncall-load-${two.period.from}-to-${two.period.to}-UTC.csv`);
  const lines = (await readFile(await download.path(), "utf8")).trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^person,email,pages,night_pages,acknowledged,/);
  expect(lines).toHaveLength(two.people.length + 1);
  for (const p of two.people)
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`,${p.user.email.replace(/[.+]/g, "\\$&")},${p.pages},${p.nightPages},${p.ack.count},`),
      ),
    );

  expect(problems).toEqual([]);
});

test("a bad period or zone is explained on the page and refused by the API, never a server error", async ({ page }) => {
  await openReport(page);
  const bad = await page.goto("/schedules/reports?weeks=99&timeZone=Mars%2FOlympus");
  expect(bad?.status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: "cannot be shown" })).toContainText(
    "A report covers at most 26 weeks",
  );
  await expect(page.getByText("Unknown time zone").first()).toBeVisible();
  expect((await page.request.get("/api/v1/reports/oncall?weeks=0")).status()).toBe(400);
});
