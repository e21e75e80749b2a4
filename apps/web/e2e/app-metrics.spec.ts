import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Page, test } from "@playwright/test";
import { E2E_DATA_DIR } from "../playwright.config";
import { ADMIN, addService, atEachWidth, auditAction, cliUser, signIn, toast, watchProblems } from "./helpers";

/** The demo target's app metrics, reached from its service page. */
async function openDemoMetrics(page: Page) {
  await page.goto("/services/demo-target");
  await page.getByRole("link", { name: /App metrics/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "App metrics" })).toBeVisible();
}

atEachWidth((label) => {
  test(`on-call reads the demo target's request rate, 5xx errors and latency (${label})`, async ({ page }) => {
    const problems = await watchProblems(page);
    await signIn(page, cliUser("VIEWER"));
    await openDemoMetrics(page);
    await expect(page.getByText(/Scraped from .*\/metrics/)).toBeVisible();
    for (const panel of ["app-requests", "app-errors", "app-latency"])
      await expect(page.getByTestId(panel)).toBeVisible();
    // Figures need two scrapes (every 5 s here); the page follows the scraper's events.
    await expect(page.getByRole("figure", { name: "Requests per second" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("figure", { name: "Latency percentiles" })).toBeVisible();
    await expect(page.getByTestId("app-latency").getByText("p99", { exact: true })).toBeVisible();
    await expect(page.getByTestId("panel-problem")).toHaveCount(0);
    await expect(page.locator("summary", { hasText: "Metrics endpoint" })).toHaveCount(0);
    await page.getByRole("navigation", { name: "Time range" }).getByRole("link", { name: "1h" }).click();
    await expect(page).toHaveURL(/range=1h/);
    await expect(page.getByRole("figure", { name: "Requests per second" })).toBeVisible();
    await page.screenshot({ path: `../../${E2E_DATA_DIR}/app-metrics-${label}.png`, fullPage: true });
    expect(problems).toEqual([]);
  });
});

test("an unreachable or malformed endpoint shows on its panels as the specific problem; stopping is audited", async ({
  page,
}) => {
  const problems = await watchProblems(page);
  await signIn(page, ADMIN);
  await addService(page, "Metrics fault");
  await page.getByRole("link", { name: /App metrics/ }).click();
  await expect(page.getByTestId("app-metrics-none")).toBeVisible();
  const form = page.getByRole("form", { name: "Metrics endpoint" });
  await form.getByLabel("Metrics URL").fill("ftp://nowhere/metrics");
  await form.getByRole("button", { name: "Save endpoint" }).click();
  await expect(form.getByText("Use an http:// or https:// URL")).toBeVisible();

  // A port nothing listens on (now): every panel names it, and the page keeps working.
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const gone = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/metrics`;
  await new Promise((resolve) => closed.close(resolve));
  await form.getByLabel("Metrics URL").fill(gone);
  await form.getByRole("button", { name: "Save endpoint" }).click();
  await expect(toast(page, "Saved the metrics endpoint")).toBeVisible();
  const unreachable = page.getByTestId("app-requests").getByTestId("panel-problem");
  await expect(unreachable).toHaveAttribute("data-code", "UNREACHABLE", { timeout: 20_000 });
  await expect(unreachable).toContainText(`Could not reach ${gone} (ECONNREFUSED`);
  await expect(page.getByTestId("app-latency").getByTestId("panel-problem")).toHaveAttribute(
    "data-code",
    "UNREACHABLE",
  );

  // A page that is not the text format (the app's own sign-in page).
  await page.locator("summary", { hasText: "Metrics endpoint" }).click();
  await form.getByLabel("Metrics URL").fill(`${new URL(page.url()).origin}/login`);
  await form.getByRole("button", { name: "Save endpoint" }).click();
  await expect(page.getByTestId("app-errors").getByTestId("panel-problem")).toHaveAttribute("data-code", "MALFORMED", {
    timeout: 20_000,
  });
  await page.screenshot({ path: `../../${E2E_DATA_DIR}/app-metrics-problem.png`, fullPage: true });

  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Stop scraping" }).click();
  await expect(toast(page, "no longer scraped")).toBeVisible();
  await expect(page.getByTestId("app-metrics-none")).toBeVisible();
  await page.goto("/settings/audit");
  await expect(auditAction(page, "service.app_metrics.delete")).toBeVisible();
  expect(problems).toEqual([]);
});
