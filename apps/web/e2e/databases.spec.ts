import { embeddedUrl } from "@opsdeck/db/pg-config";
import { type Browser, expect, type Page, test, type ViewportSize } from "@playwright/test";
import pg from "pg";
import { E2E_DATA_DIR, E2E_PG_PORT } from "../playwright.config";
import { ADMIN, atEachWidth, auditAction, cliUser, signIn, toast, watchProblems } from "./helpers";

/** The demo's own ops database, which its "Ops database" check watches. */
const OPS_DB = embeddedUrl(E2E_PG_PORT, "opsdeck");

async function as(browser: Browser, viewport: ViewportSize, who: { email: string; password: string }) {
  const page = await browser.newPage({ viewport });
  await signIn(page, who);
  return page;
}

/** A connection that holds a transaction open, as an application that forgot to commit would. */
async function forgottenTransaction(application: string) {
  const c = new pg.Client({ connectionString: OPS_DB, application_name: application });
  let ended = false;
  c.on("error", () => {
    ended = true;
  });
  c.on("end", () => {
    ended = true;
  });
  await c.connect();
  const { rows } = await c.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  await c.query("BEGIN");
  await c.query(`SELECT count(*) AS held_by_${application.replaceAll("-", "_")} FROM "Service"`);
  return { client: c, pid: rows[0]?.pid ?? 0, ended: () => ended };
}

/** The insights page of the demo's ops database, reached from the list, with a 5 s long-running threshold. */
async function openOpsDatabase(page: Page) {
  await page.goto("/databases");
  const card = page.getByTestId("database-card").filter({ hasText: "Ops database" });
  await expect(card).toContainText("Postgres check of Opsdeck");
  await card.getByRole("link", { name: "Ops database" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ops database" })).toBeVisible();
  await page.getByRole("navigation", { name: "Long-running threshold" }).getByRole("link", { name: "5 s" }).click();
  await expect(page).toHaveURL(/long=5/);
}

const row = (page: Page, pid: number) => page.locator(`[data-testid="long-running-row"][data-pid="${pid}"]`);

atEachWidth((label, viewport) => {
  test(`on-call reads the ops database's insights and an admin ends a forgotten transaction (${label})`, async ({
    browser,
  }) => {
    const app = `e2e-forgotten-${label}`;
    const held = await forgottenTransaction(app);
    try {
      // Past the 5 s threshold before anyone looks.
      await new Promise((r) => setTimeout(r, 5_500));

      const viewer = await as(browser, viewport, cliUser("VIEWER"));
      const viewerProblems = await watchProblems(viewer);
      await openOpsDatabase(viewer);
      for (const panel of ["connections", "cache", "long-running", "slow-queries", "sizes", "indexes", "vacuum"])
        await expect(viewer.getByTestId(panel)).toBeVisible();
      // The demo installs pg_stat_statements in its own database: slow queries show, with no problem.
      await expect(viewer.getByTestId("slow-queries").getByTestId("panel-problem")).toHaveCount(0);
      await expect(viewer.getByTestId("slow-query-row").first()).toBeVisible();
      await expect(viewer.getByTestId("connections")).toContainText("usable connections on the server");
      await expect(viewer.getByTestId("table-size-row").first()).toBeVisible();
      await expect(row(viewer, held.pid)).toContainText("idle in transaction");
      await expect(row(viewer, held.pid)).toContainText(app);
      await expect(viewer.getByRole("button", { name: "Terminate…" })).toHaveCount(0);
      await viewer.screenshot({ path: `../../${E2E_DATA_DIR}/databases-${label}.png`, fullPage: true });
      expect(viewerProblems).toEqual([]);
      await viewer.close();

      const responder = await as(browser, viewport, cliUser("RESPONDER"));
      await openOpsDatabase(responder);
      await expect(row(responder, held.pid)).toBeVisible();
      await expect(responder.getByRole("button", { name: "Terminate…" })).toHaveCount(0);
      await responder.close();

      const admin = await as(browser, viewport, ADMIN);
      const adminProblems = await watchProblems(admin);
      await openOpsDatabase(admin);
      await row(admin, held.pid).getByRole("button", { name: "Terminate…" }).click();
      const dialog = admin.getByRole("dialog", { name: `Terminate backend ${held.pid}?` });
      await expect(dialog).toContainText(app);
      await expect(dialog).toContainText("held_by_");
      await admin.screenshot({ path: `../../${E2E_DATA_DIR}/databases-terminate-${label}.png` });
      await dialog.getByRole("button", { name: "Terminate", exact: true }).click();
      await expect(toast(admin, `Terminated backend ${held.pid} (${app})`)).toBeVisible();
      await expect(row(admin, held.pid)).toHaveCount(0);
      await expect.poll(held.ended).toBe(true);

      await admin.goto("/settings/audit");
      await expect(auditAction(admin, "database.terminate_backend")).toBeVisible();
      expect(adminProblems).toEqual([]);
      await admin.close();
    } finally {
      await held.client.end().catch(() => {});
    }
  });
});

test("a database without pg_stat_statements says what to do on that panel only; an unknown one is a 404", async ({
  page,
}) => {
  await signIn(page, ADMIN);
  await page.goto("/databases/check-doesnotexist");
  await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  const problems = await watchProblems(page);
  // The demo's shop database has no pg_stat_statements: its slow-queries panel says what to do.
  await page.goto("/databases");
  await page.getByTestId("database-card").filter({ hasText: "demo shop database" }).getByRole("link").first().click();
  const hint = page.getByTestId("slow-queries").getByTestId("panel-problem");
  await expect(hint).toHaveAttribute("data-code", "EXTENSION_MISSING");
  await expect(hint).toContainText("CREATE EXTENSION pg_stat_statements");
  await expect(page.getByTestId("connections").getByTestId("panel-problem")).toHaveCount(0);
  expect(problems).toEqual([]);
});
