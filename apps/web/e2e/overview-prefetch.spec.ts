import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "./helpers";

/** Next.js route prefetches, by path. */
function prefetches(page: import("@playwright/test").Page) {
  const seen: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.searchParams.has("_rsc") && r.headers()["next-router-prefetch"] !== undefined) seen.push(url.pathname);
  });
  return seen;
}

test("the Overview and the navigation prefetch a page when the pointer reaches its link, not every one in view", async ({
  page,
}) => {
  await signIn(page, ADMIN);
  const seen = prefetches(page);
  await page.goto("/");
  const group = page.getByRole("region", { name: "Demo target checks" });
  await expect(group).toBeVisible();
  // In-view links (services, tiles, the navigation) would have been prefetched by now.
  await page.waitForTimeout(2_000);
  expect(seen).toEqual([]);

  const link = group.getByRole("link", { name: "Demo target" }).first();
  await link.hover();
  await expect.poll(() => seen, { timeout: 10_000 }).toContain("/services/demo-target");
  await link.click();
  await expect(page).toHaveURL(/\/services\/demo-target$/);
});

test("a keyboard user's focus prefetches the link too", async ({ page }) => {
  await signIn(page, ADMIN);
  const seen = prefetches(page);
  await page.goto("/");
  const link = page
    .getByRole("region", { name: "Demo target checks" })
    .getByRole("link", { name: "Demo target" })
    .first();
  await expect(link).toBeVisible();
  await link.focus();
  await expect.poll(() => seen, { timeout: 10_000 }).toContain("/services/demo-target");
});
