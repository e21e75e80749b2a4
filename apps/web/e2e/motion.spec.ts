import { expect, type Page, test } from "@playwright/test";

/** The animation and transition durations of a spinning, colour-fading element put on the page. */
const durations = (page: Page) =>
  page.evaluate(() => {
    const el = document.createElement("div");
    el.className = "animate-spin transition-colors";
    document.body.append(el);
    const style = getComputedStyle(el);
    const out = {
      animation: Number.parseFloat(style.animationDuration),
      transition: Number.parseFloat(style.transitionDuration),
    };
    el.remove();
    return out;
  });

test("motion stops when the system asks for reduced motion", async ({ page }) => {
  await page.goto("/login");
  await page.emulateMedia({ reducedMotion: "no-preference" });
  const moving = await durations(page);
  expect(moving.animation).toBeGreaterThanOrEqual(0.5);
  expect(moving.transition).toBeGreaterThan(0.05);
  await page.emulateMedia({ reducedMotion: "reduce" });
  const still = await durations(page);
  expect(still.animation).toBeLessThan(0.001);
  expect(still.transition).toBeLessThan(0.001);
});
