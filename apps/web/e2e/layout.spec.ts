import { expect, test } from "@playwright/test";
import { ADMIN, PAGES, signIn, watchProblems } from "./helpers";

test("theme: system follows the device, light and dark override it and persist", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  const problems = await watchProblems(page);
  await signIn(page, ADMIN);
  const html = page.locator("html");
  const choice = page.getByTestId("theme-toggle").first();
  await expect(choice).toHaveValue("system");
  await expect(html).toHaveClass(/\bdark\b/);
  await choice.selectOption("light");
  await expect(html).not.toHaveClass(/\bdark\b/);
  await page.reload();
  await expect(html).not.toHaveClass(/\bdark\b/);
  await expect(page.getByTestId("theme-toggle").first()).toHaveValue("light");
  await page.getByTestId("theme-toggle").first().selectOption("dark");
  await expect(html).toHaveClass(/\bdark\b/);
  await page.getByTestId("theme-toggle").first().selectOption("system");
  await expect(html).toHaveClass(/\bdark\b/);
  expect(problems).toEqual([]);
  await context.close();
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
      // Tables that hold controls turn into cards on a phone rather than hiding columns off to the side.
      const hidden = await page.evaluate(() =>
        [...document.querySelectorAll(".table-cards")].filter((t) => (t.parentElement?.scrollWidth ?? 0) > (t.parentElement?.clientWidth ?? 0)).length,
      );
      expect(hidden, `a table scrolls sideways on ${p}`).toBe(0);
      if (scheme === "dark") await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    }
    await page.getByRole("button", { name: "Open menu" }).click();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Incidents" })).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
  });
}
