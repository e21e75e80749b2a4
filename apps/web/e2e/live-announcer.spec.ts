import { expect, test } from "@playwright/test";
import { E2E_PORT } from "../playwright.config";
import { ADMIN, signIn } from "./helpers";

// The demo target (`npm start` runs it on PORT + 1): its check runs every 10 s, DOWN after 2 failures.
const TARGET = `http://127.0.0.1:${E2E_PORT + 1}`;

test.afterEach(async ({ request }) => {
  await request.post(`${TARGET}/heal`).catch(() => {});
});

test("a check turning DOWN while the Overview is open puts exactly one message in the live region", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  expect((await request.post(`${TARGET}/heal`)).status()).toBe(200);
  await signIn(page, ADMIN);
  await page.goto("/");
  const tile = page.locator('[data-testid="check-tile"][data-check-name="Demo target"]');
  await expect(tile).toHaveAttribute("data-state", "UP", { timeout: 30_000 });
  const region = page.getByTestId("live-announcer");
  await expect(region).toHaveAttribute("aria-live", "polite");
  const aboutTarget = region.locator("p", { hasText: /^Demo target is / });
  await expect(aboutTarget).toHaveCount(0);

  expect((await request.post(`${TARGET}/break`)).status()).toBe(200);
  await expect(tile).toHaveAttribute("data-state", "DOWN", { timeout: 25_000 });
  await expect(aboutTarget).toHaveText(["Demo target is DOWN"]);

  // The next result repaints the tile (same state, new time): still the one message.
  const checked = await tile.locator("time").getAttribute("datetime");
  await expect(tile.locator("time")).not.toHaveAttribute("datetime", checked ?? "", { timeout: 15_000 });
  await expect(tile).toHaveAttribute("data-state", "DOWN");
  await expect(aboutTarget).toHaveCount(1);
  // Other changes (the incident its failure opened) are said once each.
  const all = await region.locator("p").allTextContents();
  expect(new Set(all).size).toBe(all.length);
});
