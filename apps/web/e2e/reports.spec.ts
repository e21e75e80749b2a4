import { DEMO_INCIDENTS, type DemoIncident } from "@opsdeck/core/demo/incidents";
import { RUNBOOK_POLICY } from "@opsdeck/core/severity/policy";
import { expect, type Page, test } from "@playwright/test";
import { formatDuration } from "../components/incidents/format";
import { ADMIN, cliUser, opsdeckCli, signIn, watchProblems } from "./helpers";

test.use({ timezoneId: "UTC" });

const MIN = 60_000;
const DAY = 86_400_000;
const utcDay = (msAgo: number) => new Date(Date.now() - msAgo).toISOString().slice(0, 10);

/**
 * Twelve to two days ago: the demo's resolved Stripe P1 (three days back) and Storefront P3 (nine days
 * back), and none of the incidents other journeys declare today, nor the demo's open P2 (95 minutes back).
 */
const FROM = utcDay(12 * DAY);
const TO = utcDay(2 * DAY);
const PERIOD = `from=${FROM}&to=${TO}&zone=UTC`;

const demo = (slug: string): DemoIncident => {
  const incident = DEMO_INCIDENTS.find((i) => i.serviceSlug === slug);
  if (!incident) throw new Error(`No demo incident on ${slug}`);
  return incident;
};
const minutesTo = (i: DemoIncident, kind: string) => (i.events.find((e) => e.kind === kind)?.after ?? Number.NaN) * MIN;
const stripe = demo("stripe");
const shop = demo("storefront");
const ack = { stripe: minutesTo(stripe, "acknowledged"), shop: minutesTo(shop, "acknowledged") };
const resolve = { stripe: minutesTo(stripe, "resolved"), shop: minutesTo(shop, "resolved") };
/** The demo's incidents are declared under the runbook's policy, which the e2e database keeps. */
const within = (i: DemoIncident, key: "responseMs" | "resolveMs", ms: number) =>
  ms <= RUNBOOK_POLICY[i.severity][key === "responseMs" ? "responseMinutes" : "resolveMinutes"] * MIN;

const card = (page: Page, label: string) =>
  page.locator("section").filter({ has: page.getByRole("heading", { name: label, exact: true }) });
/** A summary card's number, and the line under it. */
async function expectCard(page: Page, label: string, value: string, detail: string) {
  await expect(card(page, label).locator("p").first()).toHaveText(value);
  await expect(card(page, label)).toContainText(detail);
}
const row = (page: Page, table: string, header: RegExp) =>
  page
    .getByRole("table", { name: table })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: header }) });

test("the reports page shows the demo's incidents: times from their timelines, SLAs met, the postmortem late", async ({
  page,
}) => {
  const problems = await watchProblems(page);
  await signIn(page, ADMIN);
  await page.goto("/incidents");
  await page.getByRole("link", { name: "Reports" }).click();
  await expect(page).toHaveURL(/\/incidents\/reports$/);
  await expect(page.getByRole("heading", { level: 1, name: "Incident reports" })).toBeVisible();
  // The last 30 days by default, in the browser's zone.
  await expect(page.getByRole("link", { name: "Last 30 days" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByLabel("From", { exact: true })).toHaveValue(utcDay(29 * DAY));
  await expect(page.getByLabel("To", { exact: true })).toHaveValue(utcDay(0));
  // Other journeys declare incidents on the API, Stripe and background jobs, none on the storefront.
  await expect(
    row(page, "Incidents by affected service", /^Storefront web app$/)
      .getByRole("cell")
      .first(),
  ).toHaveText("1");

  await page.goto(`/incidents/reports?${PERIOD}`);
  await expectCard(page, "Incidents", "2", "2 resolved");
  const median = (a: number, b: number) => formatDuration((a + b) / 2);
  await expectCard(page, "Median time to acknowledge", median(ack.stripe, ack.shop), "of 2");
  await expectCard(page, "Median time to resolve", median(resolve.stripe, resolve.shop), "of 2");
  expect(within(stripe, "responseMs", ack.stripe) && within(shop, "responseMs", ack.shop)).toBe(true);
  expect(within(stripe, "resolveMs", resolve.stripe) && within(shop, "resolveMs", resolve.shop)).toBe(true);
  await expectCard(page, "Response SLA breached", "0%", "0 of 2");
  await expectCard(page, "Resolve SLA breached", "0%", "0 of 2");
  // The demo publishes its postmortem when it is loaded: after the 48 hours its P1 allowed.
  await expectCard(page, "Postmortems on time", "0%", "0 on time, 1 late, 0 overdue");

  const times = (a: number, r: number) => [
    formatDuration(a),
    formatDuration(a),
    formatDuration(a),
    ...Array(3).fill(formatDuration(r)),
  ];
  await expect(row(page, "Incidents by severity", /^P1/).getByRole("cell")).toHaveText([
    "1",
    "1",
    ...times(ack.stripe, resolve.stripe),
    "0% 0 of 1",
    "0% 0 of 1",
  ]);
  await expect(row(page, "Incidents by severity", /^P3/).getByRole("cell")).toHaveText([
    "1",
    "1",
    ...times(ack.shop, resolve.shop),
    "0% 0 of 1",
    "0% 0 of 1",
  ]);
  await expect(row(page, "Incidents by severity", /^P0/).getByRole("cell").nth(2)).toHaveText("—none");
  await expect(
    row(page, "Incidents by affected service", /^Storefront web app$/)
      .getByRole("cell")
      .nth(2),
  ).toHaveText(formatDuration(ack.shop));
  const late = page.getByRole("table", { name: /^Postmortems/ }).getByRole("row", { name: new RegExp(stripe.title) });
  await expect(late).toContainText("Late");

  // The charts, and what they show in words.
  const weekly = page.getByRole("figure", { name: "Incidents per week" });
  await expect(weekly.locator("figcaption")).toHaveText(/^2 incidents in \d weeks; the most, [12], in the week of /);
  await expect(weekly.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await weekly.getByText("Show as a table").click();
  const weeks = weekly.getByRole("table", { name: "Incidents per week by severity" });
  await expect(weeks.getByRole("row").filter({ hasText: /W\d\d/ }).first()).toBeVisible();
  const ackFigure = page.getByRole("figure", { name: "Time to acknowledge by severity" });
  await expect(ackFigure.locator("figcaption")).toContainText(
    `P1 ${formatDuration(ack.stripe)}, P2 none, P3 ${formatDuration(ack.shop)}`,
  );
  expect(problems).toEqual([]);
});

test("the period is chosen in a form, in any zone, and a wrong one is said next to its field", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto(`/incidents/reports?${PERIOD}`);
  await page.getByLabel("From", { exact: true }).fill("2026-03-31");
  await page.getByLabel("To", { exact: true }).fill("2026-03-01");
  await page.getByLabel("Time zone", { exact: true }).selectOption("Europe/Berlin");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/from=2026-03-31&to=2026-03-01&zone=Europe%2FBerlin/);
  await expect(page.getByRole("alert").filter({ hasText: "Must not be before the first day" })).toBeVisible();
  await expect(page.getByLabel("To", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("table")).toHaveCount(0);

  await page.getByLabel("From", { exact: true }).fill(FROM);
  await page.getByLabel("To", { exact: true }).fill(TO);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(
    page.getByText(`Incidents detected from ${FROM} to ${TO} (both included) in Europe/Berlin`),
  ).toBeVisible();
  await expectCard(page, "Incidents", "2", "2 resolved");
  // A preset keeps the zone chosen.
  await page.getByRole("link", { name: "Last 90 days" }).click();
  await expect(page).toHaveURL(/range=90d&zone=Europe%2FBerlin/);
  // Ninety calendar days of Berlin, today's included (counted on the calendar: a DST change lies between).
  const berlinToday = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/Berlin" });
  await expect(page.getByLabel("From", { exact: true })).toHaveValue(
    new Date(Date.parse(`${berlinToday}T00:00:00Z`) - 89 * DAY).toISOString().slice(0, 10),
  );
});

test("fits a 390 px phone in dark mode: wide tables scroll inside their cards", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    colorScheme: "dark",
    timezoneId: "UTC",
  });
  const page = await context.newPage();
  await signIn(page, ADMIN);
  await page.goto(`/incidents/reports?${PERIOD}`);
  await expect(page.getByRole("table", { name: "Incidents by severity" })).toBeAttached();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await context.close();
});

test("GET /api/v1/reports/incidents answers the same figures, refuses a bad period with field errors, and needs a sign-in", async ({
  page,
  request,
}) => {
  await signIn(page, ADMIN);
  const res = await page.request.get(`/api/v1/reports/incidents?${PERIOD}`);
  expect(res.status()).toBe(200);
  const report = await res.json();
  expect(report.period).toMatchObject({ from: FROM, to: TO, zone: "UTC", start: `${FROM}T00:00:00.000Z` });
  expect(report.total).toMatchObject({
    incidents: 2,
    resolved: 2,
    mtta: { count: 2, p50Ms: (ack.stripe + ack.shop) / 2 },
  });
  const p1 = report.bySeverity.find((r: { severity: string }) => r.severity === "P1");
  expect(p1).toMatchObject({
    mtta: { meanMs: ack.stripe },
    mttr: { meanMs: resolve.stripe },
    responseSla: { met: 1, breached: 0 },
  });
  expect(report.byService.map((r: { service: { slug: string } }) => r.service.slug).sort()).toEqual([
    "storefront",
    "stripe",
  ]);
  expect(report.postmortems).toMatchObject({ on_time: 0, late: 1, overdue: 0, due: 0, onTimeRate: 0 });

  const refused = async (query: string) => {
    const r = await page.request.get(`/api/v1/reports/incidents?${query}`);
    expect(r.status(), query).toBe(400);
    return (await r.json()).error.fieldErrors;
  };
  expect(await refused("from=2026-03-31&to=2026-03-01")).toEqual({ to: ["Must not be before the first day"] });
  expect(await refused("from=2025-01-01&to=2026-01-02")).toEqual({ to: ["A report covers at most 366 days"] });
  expect(await refused("from=2026-03-01&to=2026-03-02&zone=Mars%2FOlympus")).toEqual({ zone: ["Unknown time zone"] });
  expect(Object.keys(await refused("from=2026-02-30"))).toEqual(["from", "to"]);

  expect((await request.get(`/api/v1/reports/incidents?${PERIOD}`)).status()).toBe(401);
  const viewer = cliUser("VIEWER");
  const token = opsdeckCli(["token", "create", "--email", viewer.email, "--name", "reports-e2e"]).match(
    /odk_[A-Za-z0-9]+/,
  )?.[0];
  const asViewer = await request.get(`/api/v1/reports/incidents?${PERIOD}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(asViewer.status()).toBe(200);
  expect((await asViewer.json()).total.incidents).toBe(2);
});
