import { expect, test } from "@playwright/test";
import { ADMIN, signIn, watchProblems } from "./helpers";

// An incident declared on the demo target's service shows on that service's time charts as a marker
// (a line with its kind's shape and, on hover, its label) and in the text list under each chart;
// another service's markers do not include it; its resolution appears on the open page.

test("an incident on the demo service is a marker on its latency chart and an entry of the chart's event list", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const problems = await watchProblems(page);
  await signIn(page, ADMIN);
  const title = `Checkout slow ${Date.now().toString(36)}`;
  const detectedAt = new Date(Date.now() - 10 * 60_000).toISOString();
  const declared = await page.request.post("/api/v1/incidents", {
    data: { title, severity: "P3", services: ["demo-target"], detectedAt },
  });
  expect(declared.status()).toBe(201);
  const { number } = (await declared.json()) as { number: number };

  const from = encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString());
  const labels = async (service: string) =>
    (
      (await (await page.request.get(`/api/v1/markers?from=${from}&service=${service}`)).json()) as { label: string }[]
    ).map((m) => m.label);
  expect(await labels("demo-target")).toContain(`Incident #${number} (P3) declared: ${title}`);
  expect((await labels("storefront")).join("\n")).not.toContain(title);
  // The demo's releases directory deployed 2 h ago: the worker keeps its deployments as deploy markers.
  const dayAgo = encodeURIComponent(new Date(Date.now() - 86_400_000).toISOString());
  const deploys = async () =>
    (
      (await (await page.request.get(`/api/v1/markers?from=${dayAgo}&service=demo-target`)).json()) as {
        kind: string;
        label: string;
      }[]
    )
      .filter((m) => m.kind === "deploy")
      .map((m) => m.label);
  await expect
    .poll(deploys, { timeout: 30_000 })
    .toContainEqual(expect.stringMatching(/^Deploy to demo-target releases/));

  await page.goto("/services/demo-target");
  const chart = page.getByRole("figure", { name: "Latency percentiles of Demo target" });
  // The demo check runs every 10 s: its first results may still be on their way.
  await expect(chart.locator(".recharts-reference-line title", { hasText: title })).toHaveCount(1, { timeout: 30_000 });
  await expect(chart.getByRole("list", { name: "Event markers" })).toContainText("Incident");
  await chart.getByText(/^Events in this range: \d+/).click();
  const entry = chart.getByRole("link", { name: new RegExp(`Incident #${number} \\(P3\\) declared: ${title}`) });
  await expect(entry).toHaveAttribute("href", `/incidents/${number}`);

  for (const [name, scheme, width] of [
    ["light", "light", 1280],
    ["dark", "dark", 1280],
    ["phone", "light", 390],
  ] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 900 });
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: testInfo.outputPath(`markers-${name}.png`) });
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "no sideways scrolling at 390 px").toBeLessThanOrEqual(0);

  // Resolving it adds its resolution to the open page's chart, through the event stream (no reload).
  expect((await page.request.post(`/api/v1/incidents/${number}/resolve`)).status()).toBe(200);
  await expect(chart.getByRole("list", { name: "Event markers" })).toContainText("Resolved", { timeout: 10_000 });
  await expect(chart.getByRole("link", { name: `Incident #${number} resolved: ${title}` })).toBeVisible();

  await entry.click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${number}$`));
  expect(problems).toEqual([]);
});
