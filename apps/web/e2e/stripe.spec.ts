import { embeddedUrl } from "@opsdeck/db/pg-config";
import { type StripeSeedEvent, startStripeServer } from "@opsdeck/integrations/testing/index";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_PG_PORT } from "../playwright.config";
import { ADMIN, cliUser, signIn, watchProblems } from "./helpers";

const OPS_DB = embeddedUrl(E2E_PG_PORT, "opsdeck");

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: OPS_DB });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

test("the Stripe page says plainly that no key is configured until a Stripe target has one", async ({ page }) => {
  const [{ n }] = (await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Target" WHERE kind = 'STRIPE'`)) as [
    { n: number },
  ];
  await signIn(page, cliUser("VIEWER"));
  const problems = await watchProblems(page);
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Stripe" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Stripe" })).toBeVisible();
  // The demo has no Stripe target; a journey run earlier on the same data (actions) may have added one.
  if (n === 0) await expect(page.getByTestId("stripe-no-key")).toContainText("No Stripe key is configured");
  else {
    await expect(page.getByTestId("stripe-target")).toHaveCount(n);
    await expect(page.getByTestId("stripe-no-key")).toHaveCount(0);
  }
  expect(problems).toEqual([]);
});

test("a Stripe target's charts fill in once the worker reads a local Stripe server, and say when its key is gone", async ({
  browser,
}) => {
  const now = Math.floor(Date.now() / 1000);
  const events: StripeSeedEvent[] = [];
  for (let i = 0; i < 12; i++)
    events.push({
      id: `evt_e2eCharge${i}`,
      type: i % 4 === 3 ? "charge.failed" : "charge.succeeded",
      created: now - 3600 * (i % 3) - 60 * i,
      deliverySuccess: i !== 5,
      data: { id: `ch_e2e${i}`, object: "charge", amount: 1250, currency: "eur" },
    });
  const stripe = await startStripeServer({ secretKey: "rk_test_e2e_metrics", events, endpoints: [] });
  const name = `Stripe metrics ${Date.now().toString(36)}`;
  try {
    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(admin, ADMIN);
    await admin.goto("/actions/targets/new");
    const form = admin.getByRole("form", { name: "Add target" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Kind").selectOption("STRIPE");
    await form.getByLabel("API base URL").fill(stripe.url);
    await form.getByLabel("Stripe secret key").fill("rk_test_e2e_metrics");
    await form.getByRole("button", { name: "Add target" }).click();
    await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
    const targetId = new URL(admin.url()).pathname.split("/").at(-1) ?? "";
    await admin.getByRole("link", { name: /Charges, revenue and failed webhook deliveries/ }).click();
    await admin.close();

    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, cliUser("VIEWER"));
    const problems = await watchProblems(page);
    await page.goto("/stripe");
    const panel = page.getByTestId("stripe-target").filter({ hasText: name });
    // The worker reads every 5 s here; the page refetches when it says it has.
    await expect(panel.getByText(/Last read/)).toBeVisible({ timeout: 30_000 });
    await expect(panel.getByTestId("panel-problem")).toHaveCount(0);
    for (const id of ["charges", "revenue", "webhooks"])
      await expect(panel.getByTestId(`${id}-${targetId}`).locator("svg.recharts-surface").first()).toBeVisible();
    await expect(panel.getByTestId(`revenue-${targetId}`)).toContainText("EUR");
    expect(stripe.calls.some((c) => c.path === "/v1/events" && c.query.get("types[0]") === "charge.succeeded")).toBe(
      true,
    );

    // The key is removed: the panel says so, and keeps the charts read before.
    await query(`DELETE FROM "Secret" WHERE name = $1`, [`target.${targetId}`]);
    await page.reload();
    await expect(panel.getByTestId("panel-problem")).toContainText("No Stripe key is configured for this target");
    await expect(panel.getByTestId(`charges-${targetId}`).locator("svg.recharts-surface").first()).toBeVisible();
    expect(problems).toEqual([]);
    await page.close();
  } finally {
    await stripe.close();
    await query(`DELETE FROM "Target" WHERE name = $1`, [name]);
  }
});
