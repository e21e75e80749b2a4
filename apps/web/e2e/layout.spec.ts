import { expect, test } from "@playwright/test";
import { ADMIN, PAGES, signIn, watchProblems } from "./helpers";

test("dark mode toggles and persists", async ({ page }) => {
  const problems = await watchProblems(page);
  await signIn(page, ADMIN);
  const html = page.locator("html");
  const wasDark = ((await html.getAttribute("class")) ?? "").includes("dark");
  await page.getByTestId("theme-toggle").first().click();
  await expect(html).toHaveClass(wasDark ? /^(?!.*\bdark\b)/ : /\bdark\b/);
  await page.reload();
  await expect(html).toHaveClass(wasDark ? /^(?!.*\bdark\b)/ : /\bdark\b/);
  expect(problems).toEqual([]);
});

for (const scheme of ["light", "dark"] as const) {
  test(`every page fits a 390 px wide phone in ${scheme} mode`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await signIn(page, ADMIN);
    for (const p of PAGES) {
      await page.goto(p);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${p}`).toBeLessThanOrEqual(0);
      if (scheme === "dark") await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    }
    await page.getByRole("button", { name: "Open menu" }).click();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Incidents" })).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
  });
}
