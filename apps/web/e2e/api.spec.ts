import { expect, test } from "@playwright/test";
import { ADMIN, opsdeckCli, signIn } from "./helpers";

test.describe.configure({ mode: "serial" });

let serviceSlug = "";
let checkId = "";

test("services and checks are managed through the JSON API, with field errors for bad input", async ({ page, baseURL }) => {
  await signIn(page, ADMIN);
  const api = page.request;

  const bad = await api.post("/api/v1/services", { data: Buffer.from("{not json"), headers: { "content-type": "application/json" } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toMatch(/not valid JSON/);

  const created = await api.post("/api/v1/services", { data: { name: "Checkout API", team: "payments", tier: "TIER_1" } });
  expect(created.status()).toBeLessThan(300);
  serviceSlug = (await created.json()).slug;
  expect(serviceSlug).toBe("checkout-api");
  const duplicate = await api.post("/api/v1/services", { data: { name: "Checkout API" } });
  expect(duplicate.status()).toBe(409);
  const service = await (await api.get(`/api/v1/services/${serviceSlug}`)).json();

  const invalid = await api.post("/api/v1/checks", {
    data: { serviceId: service.id, name: "health", kind: "http", intervalSeconds: 5, config: { url: "not a url" } },
  });
  expect(invalid.status()).toBe(400);
  const errors = (await invalid.json()).error.fieldErrors;
  expect(errors.intervalSeconds?.[0]).toMatch(/at least 10/);
  expect(Object.keys(errors)).toContain("config.url");

  const check = await api.post("/api/v1/checks", {
    data: { serviceId: service.id, name: "healthz", kind: "http", intervalSeconds: 10, config: { url: `${baseURL}/api/healthz` } },
  });
  expect(check.status()).toBe(201);
  checkId = (await check.json()).check.id;
});

test("the worker picks up a new check and reports it UP", async ({ page }) => {
  await signIn(page, ADMIN);
  await expect
    .poll(async () => (await (await page.request.get(`/api/v1/checks/${checkId}`)).json()).check?.state, { timeout: 40_000, intervals: [1000] })
    .toBe("UP");
  const tiles = await (await page.request.get("/api/v1/checks?q=checkout")).json();
  expect(tiles.services.map((s: { slug: string }) => s.slug)).toContain(serviceSlug);
});

test("pause and resume are recorded; a viewer token may read but not change checks", async ({ page, request }) => {
  await signIn(page, ADMIN);
  const paused = await page.request.post(`/api/v1/checks/${checkId}/pause`);
  expect(paused.status()).toBe(200);
  expect((await paused.json()).state).toBe("PAUSED");
  expect((await page.request.post(`/api/v1/checks/${checkId}/run`)).status()).toBe(409);
  expect((await (await page.request.post(`/api/v1/checks/${checkId}/resume`)).json()).state).toBe("UNKNOWN");

  opsdeckCli(["user", "create", "--email", "api-viewer@example.test", "--role", "VIEWER"], "api viewer password\n");
  const token = opsdeckCli(["token", "create", "--email", "api-viewer@example.test", "--name", "api-e2e"]).match(/odk_[A-Za-z0-9]+/)?.[0];
  expect(token).toBeTruthy();
  const auth = { authorization: `Bearer ${token}` };
  expect((await request.get(`/api/v1/services/${serviceSlug}/health?range=24h`, { headers: auth })).status()).toBe(200);
  expect((await request.post(`/api/v1/checks/${checkId}/pause`, { headers: auth })).status()).toBe(403);
  expect((await request.delete(`/api/v1/services/${serviceSlug}`, { headers: auth })).status()).toBe(403);

  await page.goto(`/settings/audit?action=check.`);
  await expect(page.getByRole("cell", { name: /^check\.(pause|resume|update|set_paused)/ }).first()).toBeVisible();
});

test("a heartbeat check gets a secret ping URL that needs no session", async ({ page, request }) => {
  await signIn(page, ADMIN);
  const service = await (await page.request.get(`/api/v1/services/${serviceSlug}`)).json();
  const created = await page.request.post("/api/v1/checks", {
    data: { serviceId: service.id, name: "nightly backup", kind: "heartbeat", intervalSeconds: 300, config: { periodSeconds: 86400 } },
  });
  expect(created.status()).toBe(201);
  const { pingPath } = await created.json();
  expect(pingPath).toMatch(/^\/api\/ping\/[A-Za-z0-9_-]{32,}$/);
  expect((await request.post(pingPath)).status()).toBe(200);
  expect((await request.get("/api/ping/not-a-real-token")).status()).toBe(404);
});

test("the API refuses what its OpenAPI document forbids, and the document needs a caller", async ({ page, request }) => {
  expect((await request.get("/api/v1/openapi.json")).status()).toBe(401);
  await signIn(page, ADMIN);
  const api = page.request;
  const doc = await (await api.get("/api/v1/openapi.json")).json();
  const createCheck = doc.paths["/api/v1/checks"].post;
  expect(createCheck.requestBody.content["application/json"].schema.oneOf).toHaveLength(7);
  expect(Object.keys(createCheck.responses)).toEqual(expect.arrayContaining(["201", "400", "401", "403", "413"]));

  const unknownField = await api.post("/api/v1/services", { data: { name: "Ledger", colour: "red" } });
  expect(unknownField.status()).toBe(400);
  expect((await unknownField.json()).error.fieldErrors._form.join()).toMatch(/colour/);

  const wrongKind = await api.post("/api/v1/checks", { data: { serviceId: "x", name: "probe", kind: "ftp", config: {} } });
  expect((await wrongKind.json()).error.fieldErrors.kind).toBeTruthy();

  const tooLarge = await api.post("/api/v1/services", { data: { name: "Ledger", runbookMd: "x".repeat(3 * 1024 * 1024) } });
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).error.code).toBe("PAYLOAD_TOO_LARGE");

  const badLimit = await api.get("/api/v1/checks?limit=0");
  expect(badLimit.status()).toBe(400);
  expect(Object.keys((await badLimit.json()).error.fieldErrors)).toEqual(["limit"]);
  expect((await api.get("/api/v1/checks?limit=5&unknown=1")).status()).toBe(200);

  const window = await api.post(`/api/v1/checks/${checkId}/maintenance`, {
    data: { startsAt: new Date(Date.now() + 3_600_000).toISOString(), endsAt: new Date(Date.now() + 7_200_000).toISOString(), reason: "database upgrade" },
  });
  expect(window.status()).toBe(201);
  expect(await window.json()).toMatchObject({ checkId, reason: "database upgrade" });
});

test("checks are created in bulk, all or none, and every list is walked by its Link header", async ({ page, request }) => {
  await signIn(page, ADMIN);
  const api = page.request;
  const service = await (await api.get(`/api/v1/services/${serviceSlug}`)).json();
  const counted = async () => (await (await api.get("/api/v1/checks?limit=1")).json()).counts.total as number;
  const before = await counted();
  const check = (n: number, url = "http://127.0.0.1:9/bulk") => ({ serviceId: service.id, name: `bulk ${n}`, kind: "http", intervalSeconds: 60, config: { url } });

  const refused = await api.post("/api/v1/checks/bulk", { data: { checks: [check(1), check(2, "not a url"), check(3)] } });
  expect(refused.status()).toBe(400);
  expect(Object.keys((await refused.json()).error.fieldErrors)).toEqual(["checks.1.config.url"]);
  expect(await counted()).toBe(before);

  const created = await api.post("/api/v1/checks/bulk", { data: { checks: [1, 2, 3, 4, 5].map((n) => check(n)) } });
  expect(created.status()).toBe(201);
  expect((await created.json()).checks.map((c: { check: { name: string } }) => c.check.name)).toEqual([1, 2, 3, 4, 5].map((n) => `bulk ${n}`));
  expect(await counted()).toBe(before + 5);

  // Two tiles a page: the headline still counts them all, and following Link visits each check once.
  const ids: string[] = [];
  let link: string | null = "/api/v1/checks?order=name&limit=2";
  while (link) {
    const res = await api.get(link);
    const body = await res.json();
    expect(body.counts.total).toBe(before + 5);
    ids.push(...body.services.flatMap((s: { checks: { id: string }[] }) => s.checks.map((c) => c.id)));
    expect(res.headers()["x-next-cursor"] ?? null).toBe(body.next);
    link = /^<([^>]+)>; rel="next"$/.exec(res.headers().link ?? "")?.[1] ?? null;
  }
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toHaveLength(before + 5);

  const firstService = await api.get("/api/v1/services?limit=1");
  expect(await firstService.json()).toHaveLength(1);
  expect(firstService.headers()["x-next-cursor"]).toBeTruthy();
  const badCursor = await api.get("/api/v1/services?cursor=not-a-cursor");
  expect(badCursor.status()).toBe(400);
  expect(Object.keys((await badCursor.json()).error.fieldErrors)).toEqual(["cursor"]);

  const token = opsdeckCli(["token", "create", "--email", "api-viewer@example.test", "--name", "bulk-e2e"]).match(/odk_[A-Za-z0-9]+/)?.[0];
  const viewer = await request.post("/api/v1/checks/bulk", { headers: { authorization: `Bearer ${token}` }, data: { checks: [check(9)] } });
  expect(viewer.status()).toBe(403);
  const listed = opsdeckCli(["check", "list", "--q", "bulk", "--json"]).trim().split("\n");
  expect(listed.map((l) => JSON.parse(l).name)).toEqual([1, 2, 3, 4, 5].map((n) => `bulk ${n}`));
});
