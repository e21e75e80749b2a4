import { type APIRequestContext, expect, type Locator, type Page, test } from "@playwright/test";
import { E2E_PORT } from "../playwright.config";
import { ADMIN, cliUser, signIn } from "./helpers";

// `npm start` runs the demo target on PORT + 1 and, on the first run, seeds a "Demo target" check
// on it (every 10 s, DOWN after 2 failures).
const TARGET = `http://127.0.0.1:${E2E_PORT + 1}`;
const INTERVAL_MS = 10_000;
const DOWN_AFTER = 2;
/**
 * The event stream pushes a state change as it is written: the bound is the probe's own schedule
 * (the first failing run falls within one interval of the break, the last `DOWN_AFTER - 1` later) plus 2 s.
 */
const DOWN_WITHIN_MS = INTERVAL_MS * DOWN_AFTER + 2_000; // 22 s
const UP_WITHIN_MS = INTERVAL_MS + 2_000; // 12 s

type CheckRef = { id: string; name: string; intervalSeconds: number; downAfter: number };

async function demoTargetCheck(api: APIRequestContext): Promise<CheckRef> {
  const res = await api.get("/api/v1/checks?q=Demo");
  expect(res.status()).toBe(200);
  const { services } = (await res.json()) as { services: { slug: string; checks: { id: string; name: string }[] }[] };
  const tile = services.find((s) => s.slug === "demo-target")?.checks.find((c) => c.name === "Demo target");
  expect(tile, "the first run seeds a 'Demo target' check").toBeTruthy();
  const detail = await (await api.get(`/api/v1/checks/${tile?.id}`)).json();
  return detail.check as CheckRef;
}

/** The worker's view, for the failure message when the tile lags behind it. */
const apiState = async (api: APIRequestContext, id: string): Promise<string> =>
  (await (await api.get(`/api/v1/checks/${id}`)).json()).check?.state;

async function target(api: APIRequestContext, action: "break" | "heal") {
  const res = await api.post(`${TARGET}/${action}`);
  expect(res.status(), `POST ${TARGET}/${action}`).toBe(200);
}

/** Wait for the tile's state; on a timeout, say what the API reports, so a lagging UI is told from a lagging worker. */
async function expectTileState(page: Page, tile: Locator, checkId: string, state: string, timeout: number) {
  try {
    await expect(tile).toHaveAttribute("data-state", state, { timeout });
  } catch (err) {
    throw new Error(
      `${err instanceof Error ? err.message : err}\nThe API reports the check as ${await apiState(page.request, checkId)}.`,
    );
  }
}

const marker = (page: Page) => page.evaluate(() => (window as unknown as { __marker?: number }).__marker);

test.afterEach(async ({ request }) => {
  // Leave the target healthy for whatever runs next, even when an assertion failed mid-way.
  await request.post(`${TARGET}/heal`).catch(() => {});
});

test("a failing target turns its Overview tile DOWN in two open browsers without a reload or a poll, and back UP", async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(150_000);
  await target(request, "heal");
  await signIn(page, ADMIN);
  const check = await demoTargetCheck(page.request);
  expect(check).toMatchObject({ intervalSeconds: INTERVAL_MS / 1000, downAfter: DOWN_AFTER });
  // A second person, another role, in a browser of their own.
  const other = await browser.newContext();
  const viewer = await other.newPage();
  await signIn(viewer, cliUser("VIEWER"));

  const listReads: string[] = [];
  for (const p of [page, viewer])
    p.on("request", (r) => {
      if (new URL(r.url()).pathname === "/api/v1/checks") listReads.push(r.url());
    });
  await page.goto("/");
  await viewer.goto("/");
  const tile = page.locator('[data-testid="check-tile"][data-check-name="Demo target"]');
  const viewerTile = viewer.locator('[data-testid="check-tile"][data-check-name="Demo target"]');
  await expect(tile).toHaveCount(1);
  // The first runs after start-up (interval + pick-up).
  await expectTileState(page, tile, check.id, "UP", 40_000);
  await expectTileState(viewer, viewerTile, check.id, "UP", 5_000);
  for (const p of [page, viewer]) await expect(p.getByTestId("freshness").first()).toHaveAttribute("data-mode", "live");
  const readsBefore = listReads.length;

  // A full navigation or reload would drop this; client-side refetching keeps it.
  await page.evaluate(() => {
    (window as unknown as { __marker?: number }).__marker = 1;
  });
  const url = page.url();
  let documentLoads = 0;
  page.on("load", () => documentLoads++);

  await target(request, "break");
  const brokeAt = Date.now();
  await expectTileState(page, tile, check.id, "DOWN", DOWN_WITHIN_MS);
  const downAfterMs = Date.now() - brokeAt;
  expect(downAfterMs).toBeLessThanOrEqual(DOWN_WITHIN_MS);
  await expectTileState(viewer, viewerTile, check.id, "DOWN", 1_000);

  await target(request, "heal");
  const healedAt = Date.now();
  await expectTileState(page, tile, check.id, "UP", UP_WITHIN_MS);
  const upAfterMs = Date.now() - healedAt;
  expect(upAfterMs).toBeLessThanOrEqual(UP_WITHIN_MS);
  await expectTileState(viewer, viewerTile, check.id, "UP", 1_000);
  // Patched from events: the tile list was never read again.
  expect(listReads.slice(readsBefore)).toEqual([]);
  await other.close();

  // The demo target's service opens a P2 incident when its check turns DOWN; the recovery is noted on it.
  const open = (await (await page.request.get("/api/v1/incidents?status=open")).json()) as {
    number: number;
    title: string;
    severity: string;
  }[];
  const auto = open.find((i) => i.title === "Demo target is down");
  expect(auto?.severity).toBe("P2");
  await expect
    .poll(async () => {
      const detail = await (await page.request.get(`/api/v1/incidents/${auto?.number}`)).json();
      return (detail.events as { message: string }[]).map((e) => e.message);
    })
    .toEqual(expect.arrayContaining(["opened automatically: Demo target DOWN", "Demo target recovered"]));

  expect(await marker(page), "no full navigation or reload happened").toBe(1);
  expect(documentLoads).toBe(0);
  expect(page.url()).toBe(url);
  test
    .info()
    .annotations.push({ type: "timing", description: `DOWN after ${downAfterMs} ms, UP after ${upAfterMs} ms` });
});
