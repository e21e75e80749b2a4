import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "./helpers";

const SLUG = "fold-crowd";
/** More than the Overview shows unfolded (FOLD_ABOVE, 60), whatever else the journeys made. */
const CROWD = 61;

test.afterEach(async ({ page }) => {
  // The crowd would fold every later journey's Overview: it goes, whatever happened.
  await page.request.delete(`/api/v1/services/${SLUG}`).catch(() => {});
});

test("a crowded Overview folds healthy services and reads a service's tiles when it is opened", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN);
  const api = page.request;
  const created = await api.post("/api/v1/services", { data: { name: "Fold crowd", slug: SLUG } });
  expect(created.status()).toBe(201);
  const service = await created.json();
  const check = (n: number) => ({
    serviceId: service.id,
    name: `crowd ${n}`,
    kind: "http",
    intervalSeconds: 300,
    config: { url: "http://127.0.0.1:9/crowd" },
  });
  const bulk = await api.post("/api/v1/checks/bulk", {
    data: { checks: Array.from({ length: CROWD }, (_, n) => check(n)) },
  });
  expect(bulk.status()).toBe(201);
  // Paused: no probe runs against the crowd, and its state is settled (PAUSED) at once.
  const ids = ((await bulk.json()).checks as { check: { id: string } }[]).map((c) => c.check.id);
  for (const id of ids) expect((await api.post(`/api/v1/checks/${id}/pause`)).status()).toBe(200);
  // The demo target's check is UP once its first runs are in (the health journey heals it after itself).
  await expect
    .poll(async () => (await (await api.get("/api/v1/checks?service=demo-target")).json()).services[0]?.state, {
      timeout: 40_000,
    })
    .toBe("UP");

  const serviceReads: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.pathname === "/api/v1/checks" && url.searchParams.has("service"))
      serviceReads.push(url.searchParams.get("service") ?? "");
  });
  await page.goto("/");
  const demo = page.getByRole("region", { name: "Demo target checks" });
  const demoTile = page.locator('[data-testid="check-tile"][data-check-name="Demo target"]');
  await expect(page.getByText("Checks that are up are folded into their service")).toBeVisible();
  // The crowd's checks need a look (paused, or a run that began before the pause failed), so their
  // tiles show; the healthy demo service is one line.
  await expect(page.locator('[data-testid="check-tile"][data-check-name^="crowd "]')).toHaveCount(CROWD);
  // The page as served carries the first screenful of tiles; the rest are drawn once it hydrates.
  const served = await (await api.get("/")).text();
  expect(served.match(/data-testid="check-tile"/g)?.length).toBe(24);
  await expect(demo).toBeVisible();
  await expect(demoTile).toHaveCount(0);
  expect(serviceReads).toEqual([]);

  // A failed read says so in place and can be tried again.
  await page.route("**/api/v1/checks?*service=demo-target*", (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({ error: { message: "Service unavailable" } }),
    }),
  );
  await demo.getByRole("button", { name: /Show all \d+ checks?/ }).click();
  await expect(demo.getByRole("alert")).toContainText("Could not load this service's checks: Service unavailable");
  await page.unroute("**/api/v1/checks?*service=demo-target*");
  await demo.getByRole("button", { name: "Try again" }).click();
  await expect(demoTile).toHaveCount(1);
  await expect(demoTile).toHaveAttribute("data-state", "UP");
  expect(serviceReads.every((s) => s === "demo-target")).toBe(true);

  // Search asks the server, over every check.
  await page.getByLabel("Search checks").fill("crowd 42");
  await expect(page.locator('[data-testid="check-tile"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="check-tile"][data-check-name="crowd 42"]')).toHaveCount(1);
});
