import { type Browser, expect, type Page, test } from "@playwright/test";
import { ADMIN, signIn, watchProblems } from "./helpers";

test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 390, height: 844 } });

/** What the demo keeps private, and who runs it: none of it may reach the public page or its data. */
const PRIVATE = [
  "Opsdeck",
  "Web liveness",
  "Web readiness",
  "Ops database",
  "Backup heartbeat",
  "PostgreSQL (Neon)",
  "Background jobs",
  "Transactional email (Resend)",
  "Storefront web app",
  "Stripe payments",
  "demo-target",
  "Demo target",
  "Elevated API latency",
  "127.0.0.1",
  ADMIN.email,
  ADMIN.name,
];
const PUBLIC_SERVICES = ["API", "Demo shop", "Email notifications", "Payments", "Storefront"];

async function asAdmin(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(page, ADMIN);
  return page;
}

test("signed out, /status shows the public services at 390 px and names nothing private", async ({ page }) => {
  const problems = await watchProblems(page);
  const res = await page.goto("/status");
  expect(res?.status()).toBe(200);
  expect(page.url()).toMatch(/\/status$/);
  expect(res?.headers()["cache-control"]).toBe("public, max-age=10, stale-while-revalidate=30");
  await expect(page.getByRole("heading", { level: 1, name: "Service status" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/operational|degraded|outage|maintenance/i);
  await expect(page.locator(".service .name")).toHaveText(PUBLIC_SERVICES);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const html = await res?.text();
  for (const secret of PRIVATE) expect(html).not.toContain(secret);
  expect(html).not.toMatch(/<script/i);
  expect(problems).toEqual([]);
});

test("a public incident's status update shows within seconds, and the JSON says the same", async ({
  page,
  browser,
}) => {
  const admin = await asAdmin(browser);
  await expect(admin.getByRole("link", { name: "Public status page" }).first()).toBeAttached();
  const api = admin.request;
  const declared = await api.post("/api/v1/incidents", {
    data: { title: "Card payments declined", severity: "P1", services: ["stripe", "jobs"] },
  });
  expect(declared.status()).toBe(201);
  const { number } = await declared.json();
  await page.goto("/status");
  await expect(page.getByText("Card payments declined")).toHaveCount(0);

  expect((await api.patch(`/api/v1/incidents/${number}`, { data: { public: true } })).status()).toBe(200);
  await api.post(`/api/v1/incidents/${number}/notes`, { data: { text: "Paging the on-call DBA about replica lag" } });
  const message = `Some card payments are declined; a fix is rolling out (${Date.now()}).`;
  const posted = Date.now();
  expect(
    (await api.post(`/api/v1/incidents/${number}/updates`, { data: { status: "IDENTIFIED", message } })).status(),
  ).toBe(200);
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.getByText(message).count();
      },
      { timeout: 5_000, intervals: [250] },
    )
    .toBe(1);
  const shownAfterMs = Date.now() - posted;
  const incident = page.getByRole("article").filter({ hasText: "Card payments declined" });
  await expect(incident).toContainText("P1");
  await expect(incident).toContainText("Affects Payments");
  await expect(incident.locator("time").first()).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
  const html = await page.content();
  for (const secret of [...PRIVATE, "Paging the on-call DBA", "Background jobs"]) expect(html).not.toContain(secret);

  const json = await page.request.get("/api/v1/status");
  expect(json.status()).toBe(200);
  const data = await json.json();
  expect(data.services.map((s: { name: string }) => s.name)).toEqual(PUBLIC_SERVICES);
  const shown = data.incidents.find((i: { title: string }) => i.title === "Card payments declined");
  expect(shown).toMatchObject({ severity: "P1", status: "IDENTIFIED", services: ["Payments"] });
  expect(shown.updates[0]).toMatchObject({ status: "IDENTIFIED", message });
  expect(data.state).not.toBe("operational");
  for (const secret of [...PRIVATE, "Paging the on-call DBA"]) expect(JSON.stringify(data)).not.toContain(secret);
  console.log(`update shown on /status ${shownAfterMs} ms after it was posted`);
  await api.post(`/api/v1/incidents/${number}/resolve`, { data: {} });
  await admin.context().close();
});
