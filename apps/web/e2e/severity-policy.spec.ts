import { expect, type Page, test } from "@playwright/test";
import { ADMIN, cliUser, signIn, toast, watchProblems } from "./helpers";

/** Declare a P2 on the API service through the form; returns its number. */
async function declareP2(page: Page, title: string): Promise<number> {
  await page.goto("/incidents/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("radio", { name: /P2 – Medium/ }).check();
  await page.getByRole("checkbox", { name: "API", exact: true }).check();
  await page.getByRole("button", { name: "Declare incident" }).click();
  await page.waitForURL(/\/incidents\/\d+$/);
  return Number(new URL(page.url()).pathname.split("/").pop());
}

test("an admin changes the P2 update cadence: an open P2's page counts down to the new next update, live", async ({
  page,
  browser,
}) => {
  const problems = await watchProblems(page);
  await signIn(page, ADMIN);
  const title = `Slow search ${Date.now().toString(36)}`;
  const number = await declareP2(page, title);

  // The commander keeps the incident open in another tab while an admin edits the policy.
  const context = await browser.newContext();
  const watcher = await context.newPage();
  await signIn(watcher, ADMIN);
  await watcher.goto(`/incidents/${number}`);
  await expect(watcher.getByTestId("freshness").first()).toHaveAttribute("data-mode", "live", { timeout: 10_000 });
  const next = watcher.getByRole("region", { name: "Next update" });
  await expect(next).toBeVisible();

  await page.goto("/settings");
  await page.getByRole("link", { name: "Severity policy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Severity policy" })).toBeVisible();
  const card = page.getByRole("article", { name: "P2 policy" });
  await card.getByRole("button", { name: "Edit P2" }).click();
  const form = card.getByRole("form", { name: "Edit P2 policy" });
  // Each number says what it amounts to.
  await expect(form.getByText(/^An update at least every .+ while open$/)).toBeVisible();
  // Refused first, each message by its field: too frequent a cadence, a resolve target shorter than the response's.
  await form.getByLabel("Status update every (minutes)").fill("3");
  await form.getByLabel("Response target (minutes)").fill("120");
  await form.getByLabel("Resolve target (minutes)").fill("60");
  await form.getByRole("button", { name: "Save P2" }).click();
  await expect(form.getByText("At least 5 min")).toBeVisible();
  await expect(form.getByText("Cannot be shorter than the response target")).toBeVisible();
  await form.getByLabel("Response target (minutes)").fill("60");
  await form.getByLabel("Resolve target (minutes)").fill("1440");
  await form.getByLabel("Status update every (minutes)").fill("20");
  await form.getByRole("button", { name: "Save P2" }).click();
  await expect(toast(page, "Saved the P2 policy")).toBeVisible();
  await expect(card).toContainText("Every 20 min");

  // The open page follows without a reload: 20 minutes from the declaration.
  await expect(next).toContainText("Every 20 min for P2", { timeout: 5_000 });
  await expect(next).toContainText(/Due in (1\d|20) min/);
  await expect(next.locator("[data-tone]")).toHaveAttribute("data-tone", "ok");
  // The list says it too, in the incident's row.
  await watcher.goto("/incidents");
  await expect(watcher.locator("tr, li").filter({ hasText: title }).locator("visible=true")).toContainText(
    /Update in (1\d|20) min/,
  );
  await context.close();

  await page.goto("/settings/audit");
  await expect(page.getByText("severity_policy.update", { exact: true }).locator("visible=true").first()).toBeVisible();
  expect(problems).toEqual([]);
});

test("the next update turns amber when close and red once overdue", async ({ page }) => {
  await signIn(page, ADMIN);
  const number = await declareP2(page, `Timer colours ${Date.now().toString(36)}`);
  const policy: { severity: string; updateCadenceMinutes: number | null }[] = await (
    await page.request.get("/api/v1/severity-policy")
  ).json();
  const cadence = policy.find((p) => p.severity === "P2")?.updateCadenceMinutes ?? null;
  test.skip(cadence === null, "P2 has no update cadence here");
  if (cadence === null) return;
  // The browser's clock runs ahead; the server's answer stays as it was.
  await page.clock.install();
  await page.goto(`/incidents/${number}`);
  const tone = page.getByRole("region", { name: "Next update" }).locator("[data-tone]");
  await page.clock.fastForward((cadence - 1) * 60_000);
  await expect(tone).toHaveAttribute("data-tone", "soon");
  await page.clock.fastForward(2 * 60_000);
  await expect(tone).toHaveAttribute("data-tone", "overdue");
  await expect(tone).toHaveText(/Overdue by/);
});

test("a responder reads the severity policy but cannot change it", async ({ page }) => {
  const responder = cliUser("RESPONDER");
  await signIn(page, responder);
  await page.goto("/settings");
  await page.getByRole("link", { name: "Severity policy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Severity policy" })).toBeVisible();
  await expect(page.getByText("Only admins change it.")).toBeVisible();
  for (const s of ["P0", "P1", "P2", "P3"])
    await expect(page.getByRole("article", { name: `${s} policy` })).toBeVisible();
  await expect(page.getByRole("article", { name: "P0 policy" })).toContainText("Within 5 min");
  await expect(page.getByRole("button", { name: /^Edit P/ })).toHaveCount(0);
  const put = await page.request.put("/api/v1/severity-policy/P3", {
    data: {
      responseMinutes: 1,
      resolveMinutes: 1,
      updateCadenceMinutes: null,
      postmortemRequired: false,
      postmortemDueHours: 1,
    },
  });
  expect(put.status()).toBe(403);
  expect((await put.json()).error.code).toBe("FORBIDDEN");
  const list = await page.request.get("/api/v1/severity-policy");
  expect((await list.json()).map((p: { severity: string }) => p.severity)).toEqual(["P0", "P1", "P2", "P3"]);
});
