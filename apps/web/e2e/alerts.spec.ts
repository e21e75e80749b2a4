import { embeddedUrl } from "@opsdeck/db/pg-config";
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { E2E_PG_PORT } from "../playwright.config";
import { ADMIN, signIn, watchProblems } from "./helpers";

const OPS_DB = embeddedUrl(E2E_PG_PORT, "opsdeck");
const SERIES = "app.error_rate";
const LABELS = { service: "jobs" };

/** A point of the background jobs' error rate now, as the metrics sampler writes it (series, then point). */
async function writePoint(c: pg.Client, value: number) {
  const { rows } = await c.query<{ id: number }>(
    `INSERT INTO "MetricSeries" (name, labels, "labelsKey", kind, unit, "lastAt", "lastValue")
     VALUES ($1, $2::jsonb, $3, 'GAUGE', 'percent', now(), $4)
     ON CONFLICT (name, "labelsKey") DO UPDATE SET "lastAt" = now(), "lastValue" = $4 RETURNING id`,
    [SERIES, JSON.stringify(LABELS), JSON.stringify([["service", "jobs"]]), value],
  );
  await c.query(`INSERT INTO "MetricPoint" ("seriesId", at, value) VALUES ($1, now(), $2) ON CONFLICT DO NOTHING`, [
    rows[0]?.id,
    value,
  ]);
}

/** Keep writing `value` once a second until `until` settles. */
async function feed<T>(c: pg.Client, value: number, until: () => Promise<T>): Promise<T> {
  let stop = false;
  const loop = (async () => {
    while (!stop) {
      await writePoint(c, value);
      await new Promise((r) => setTimeout(r, 1_000));
    }
  })();
  try {
    return await until();
  } finally {
    stop = true;
    await loop;
  }
}

const stateOf = (page: Page) => page.getByRole("heading", { name: /^State/ });

test("an admin adds a rule from a preset; the series crosses it, the rule fires and opens an incident, then resolves", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = await watchProblems(page);
  const c = new pg.Client({ connectionString: OPS_DB });
  await c.connect();
  try {
    await signIn(page, ADMIN);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Alerts" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Alerts" })).toBeVisible();
    // The demo made the runbooks' presets.
    await expect(page.getByRole("list", { name: "Alert rules" })).toContainText("5xx error rate above 5 %");

    const form = page.getByRole("form", { name: "Add alert rule" });
    await form.getByLabel("Preset").selectOption({ label: "5xx error rate above 5 %" });
    await form.getByLabel("Name").fill("Background job errors (e2e)");
    await form.getByLabel("Labels").fill("service=jobs");
    await form.getByLabel("Window (minutes)").fill("0");
    await form.getByRole("button", { name: "Add rule" }).click();
    await expect(form.getByText("Use at least 1 minute for the window")).toBeVisible();
    await form.getByLabel("Window (minutes)").fill("1");
    await form.getByLabel("Aggregation").selectOption("LAST");
    await form.getByLabel("For (minutes)").fill("0.25");
    await form.getByRole("button", { name: "Add rule" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Background job errors (e2e)" })).toBeVisible();

    // 40 % of requests fail: PENDING, then FIRING after 15 s, with an incident.
    await feed(c, 40, async () => {
      await expect(stateOf(page)).toContainText("PENDING", { timeout: 15_000 });
      await expect(stateOf(page)).toContainText("FIRING", { timeout: 40_000 });
    });
    const history = page.getByRole("list", { name: "State history" });
    await expect(history.getByRole("listitem").first()).toContainText("jobs");
    const incident = history.getByRole("link", { name: /incident #\d+/ });
    await expect(incident).toBeVisible();

    // The rate falls: RESOLVED, and the incident stays open with both entries on its timeline.
    await feed(c, 0.5, () => expect(stateOf(page)).toContainText("RESOLVED", { timeout: 20_000 }));
    await history
      .getByRole("link", { name: /incident #\d+/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Background job errors (e2e) on");
    await expect(page.getByText(/opened by an alert rule/)).toBeVisible();
    await expect(page.getByText(/Background job errors \(e2e\) on .* resolved/)).toBeVisible();
    expect(problems).toEqual([]);
  } finally {
    await c.end();
  }
});
