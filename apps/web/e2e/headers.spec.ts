import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { startRenderServer, startStripeServer } from "@opsdeck/integrations/testing/index";
import { ADMIN, opsdeckCli, PAGES, signIn, watchProblems } from "./helpers";

const EVIL = "https://evil.example";
const API_CSP = "default-src 'none'; frame-ancestors 'none'";
type Headers = Record<string, string>;

function expectCommonHeaders(h: Headers, what: string) {
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["referrer-policy"], what).toBe("same-origin");
  expect(h["permissions-policy"], what).toMatch(
    /camera=\(\).*geolocation=\(\).*microphone=\(\).*payment=\(\).*usb=\(\)/,
  );
  // These journeys run over plain HTTP: no HSTS.
  expect(h["strict-transport-security"], what).toBeUndefined();
}

/** The page headers; returns the nonce of the page's CSP. */
function expectPageHeaders(h: Headers, what: string): string {
  expectCommonHeaders(h, what);
  const csp = h["content-security-policy"] ?? "";
  const scripts = csp.split("; ").find((d) => d.startsWith("script-src "));
  expect(scripts, what).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'$/);
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  return scripts?.match(/'nonce-([^']+)'/)?.[1] ?? "";
}

function expectApiHeaders(h: Headers, what: string) {
  expectCommonHeaders(h, what);
  expect(h["content-security-policy"], what).toBe(API_CSP);
  expect(h["cache-control"], what).toContain("no-store");
}

/** One detail page of each kind, found through the list pages' links. */
async function detailPages(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const list of ["/services", "/incidents", "/postmortems", "/checklists", "/actions"]) {
    await page.goto(list);
    // Links to pages that create or import things are not detail pages.
    const detail = `main a[href^="${list}/"]:not([href$="/new"]):not([href$="/import"])`;
    const href = await page.locator(detail).first().getAttribute("href");
    expect(href, `a link to a detail page on ${list}`).toBeTruthy();
    found.push(href as string);
  }
  return found;
}

/** Local Stripe and Render servers that follow their contracts, for the routes that ask a provider. */
async function providerTargets(api: APIRequestContext, baseURL: string) {
  const stripe = await startStripeServer({
    secretKey: "sk_test_headers",
    events: [
      { id: "evt_headers1", type: "invoice.paid", created: Math.floor(Date.now() / 1000) - 60, deliverySuccess: false },
    ],
    endpoints: [{ id: "we_headers", url: "https://example.test/stripe" }],
  });
  const render = await startRenderServer({
    apiKey: "rnd_headers",
    service: { id: "srv-headers", name: "headers", autoDeploy: "yes" },
    deploys: [{ id: "dep-headers", status: "live", createdAt: new Date().toISOString() }],
  });
  const add = async (data: Record<string, unknown>): Promise<string> => {
    const res = await api.post("/api/v1/targets", { data, headers: { origin: baseURL } });
    expect(res.status(), JSON.stringify(await res.json())).toBe(201);
    return (await res.json()).id;
  };
  const suffix = Date.now().toString(36);
  return {
    stripe: await add({
      name: `headers stripe ${suffix}`,
      kind: "STRIPE",
      config: { apiBaseUrl: stripe.url },
      credential: "sk_test_headers",
    }),
    render: await add({
      name: `headers render ${suffix}`,
      kind: "RENDER",
      config: { serviceId: "srv-headers", apiBaseUrl: render.url },
      credential: "rnd_headers",
    }),
    close: () => Promise.all([stripe.close(), render.close()]),
  };
}

/** Every GET under /api/v1 from the OpenAPI document, with real ids in place of its parameters. */
async function apiGets(
  api: APIRequestContext,
  providers: { stripe: string; render: string },
  baseURL: string,
): Promise<string[]> {
  const spec = await (await api.get("/api/v1/openapi.json")).json();
  const services = await (await api.get("/api/v1/services")).json();
  const tiles = await (await api.get("/api/v1/checks")).json();
  const incidents = await (await api.get("/api/v1/incidents?status=all")).json();
  // The demo's resolved incident has a published postmortem.
  const postmortemId = (incidents as { postmortemId: string | null }[]).find((i) => i.postmortemId)?.postmortemId;
  const targets: { id: string; kind: string }[] = await (await api.get("/api/v1/targets")).json();
  let runs: { id: string }[] = await (await api.get("/api/v1/actions")).json();
  if (runs.length === 0) {
    // A run to read: back up the demo's database.
    const db = targets.find((t) => t.kind === "POSTGRES");
    await api.post("/api/v1/actions", { data: { kind: "BACKUP", targetId: db?.id }, headers: { origin: baseURL } });
    runs = await (await api.get("/api/v1/actions")).json();
  }
  // The demo's watched databases (its postgres checks and Postgres targets).
  const databases: { id: string }[] = await (await api.get("/api/v1/databases")).json();
  // The demo's alert rules (its presets).
  const alertRules: { id: string }[] = await (await api.get("/api/v1/alert-rules")).json();
  // The demo's on-call schedule.
  const schedules: { id: string }[] = await (await api.get("/api/v1/schedules")).json();
  // The demo's escalation policies.
  const policies: { id: string }[] = await (await api.get("/api/v1/escalation-policies")).json();
  // A calendar checklist of the demo's: its current run is opened on demand.
  const checklists: { slug: string; cadence: string; itemCount: number }[] = await (
    await api.get("/api/v1/checklists")
  ).json();
  const checklist = checklists.find((c) => c.cadence !== "PRE_DEPLOY" && c.itemCount > 0)?.slug ?? "";
  const run = await (await api.get(`/api/v1/checklists/${checklist}/runs/current`)).json();
  const params: Record<string, string> = {
    slug: services[0].slug,
    id: tiles.services[0].checks[0].id,
    number: String(incidents[0].number),
    runId: run.id,
    severity: "P0",
    email: ADMIN.email,
  };
  // A target's routes need a target of the kind they serve (the demo's, or the local providers').
  const idFor: Record<string, string | undefined> = {
    "/api/v1/targets/{id}": targets.find((t) => t.kind === "RELEASES")?.id,
    "/api/v1/targets/{id}/deployments": targets.find((t) => t.kind === "RELEASES")?.id,
    "/api/v1/targets/{id}/backups": targets.find((t) => t.kind === "POSTGRES")?.id,
    "/api/v1/targets/{id}/failed-events": providers.stripe,
    "/api/v1/targets/{id}/autodeploy": providers.render,
    "/api/v1/actions/{id}": runs[0]?.id,
    "/api/v1/postmortems/{id}": postmortemId,
    "/api/v1/postmortems/{id}/markdown": postmortemId,
    "/api/v1/databases/{id}/insights": databases[0]?.id,
    "/api/v1/alert-rules/{id}": alertRules[0]?.id,
    "/api/v1/alert-rules/{id}/history": alertRules[0]?.id,
    "/api/v1/schedules/{id}": schedules[0]?.id,
    "/api/v1/schedules/{id}/oncall": schedules[0]?.id,
    "/api/v1/schedules/{id}/handoff-note": schedules[0]?.id,
    "/api/v1/escalation-policies/{id}": policies[0]?.id,
  };
  // Routes with required query parameters get them.
  const today = new Date().toISOString().slice(0, 10);
  const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
  const queryFor: Record<string, string> = {
    "/api/v1/reports/incidents": `?from=${today}&to=${today}`,
    "/api/v1/metrics": `?series=pg.database_size&from=${encodeURIComponent(hourAgo)}`,
    "/api/v1/markers": `?from=${encodeURIComponent(hourAgo)}`,
  };
  // The event stream never ends: its headers are checked on their own, with the stream cut after them.
  type Get = { responses?: Record<string, { content?: Record<string, unknown> }> };
  const streams = (get: Get) => "text/event-stream" in (get.responses?.["200"]?.content ?? {});
  // The public status data is cached on purpose: checked on its own below.
  const paths = Object.entries(spec.paths as Record<string, { get?: Get }>)
    .filter(([path, ops]) => ops.get && !streams(ops.get) && path !== "/api/v1/status")
    .map(
      ([path]) =>
        path.replace(/\{(\w+)\}/g, (_, name: string) => {
          if (name === "slug" && path.startsWith("/api/v1/checklists/")) return checklist;
          return (name === "id" && path in idFor ? idFor[path] : params[name]) ?? name;
        }) + (queryFor[path] ?? ""),
    );
  expect(paths).toContain("/api/v1/me");
  expect(paths.filter((p) => p.includes("{") || /\/(id|undefined)(\/|$)/.test(p))).toEqual([]);
  return [...paths, "/api/healthz", "/api/readyz"];
}

test("every page, signed in, sends the security headers and a fresh nonce on each of its scripts, with no CSP violation", async ({
  page,
}) => {
  const problems = await watchProblems(page);
  await signIn(page, ADMIN);
  const paths = [...PAGES, ...(await detailPages(page))];
  const nonces = new Set<string>();
  for (const p of paths) {
    const res = await page.goto(p);
    expect(res?.status(), p).toBe(200);
    const nonce = expectPageHeaders(res?.headers() ?? {}, p);
    nonces.add(nonce);
    const tags = (await res?.text())?.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length, p).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, `${p}: ${tag}`).toContain(`nonce="${nonce}"`);
    await expect(page.getByRole("heading", { level: 1 }), p).toBeVisible();
  }
  expect(nonces.size).toBe(paths.length);
  expect(problems).toEqual([]);
});

test("anonymous: pages redirect to /login with the security headers; /login, /status and /setup carry them too", async ({
  request,
}) => {
  for (const p of [...PAGES, "/services/demo-target", "/incidents/1"]) {
    const res = await request.get(p, { maxRedirects: 0 });
    expect(res.status(), p).toBe(307);
    expect(res.headers().location, p).toMatch(/\/login(\?|$)/);
    expectPageHeaders(res.headers(), p);
  }
  const login = await request.get("/login");
  expect(login.status()).toBe(200);
  const nonce = expectPageHeaders(login.headers(), "/login");
  for (const tag of (await login.text()).match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
  // The public status page has no script and is not framed unless the operator lists origins (none here).
  const status = await request.get("/status", { maxRedirects: 0 });
  expect(status.status()).toBe(200);
  expectCommonHeaders(status.headers(), "/status");
  const statusCsp = status.headers()["content-security-policy"] ?? "";
  expect(statusCsp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]{44}'; img-src 'self'/);
  expect(statusCsp).toContain("frame-ancestors 'none'");
  expect(statusCsp).not.toContain("script-src");
  // A user exists, so /setup sends everyone to /login.
  const setup = await request.get("/setup", { maxRedirects: 0 });
  expect(setup.status()).toBeGreaterThanOrEqual(300);
  expectPageHeaders(setup.headers(), "/setup");
});

test("API responses, signed in and anonymous, send nosniff, DENY, a policy that allows nothing and no-store", async ({
  page,
  playwright,
  baseURL,
}) => {
  await signIn(page, ADMIN);
  const providers = await providerTargets(page.request, baseURL as string);
  const paths = await apiGets(page.request, providers, baseURL as string);
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const p of [...paths, "/api/auth/session"]) {
    const signedIn = await page.request.get(p);
    expect(signedIn.status(), p).toBe(200);
    expectApiHeaders(signedIn.headers(), `${p} signed in`);
    const anon = await anonymous.get(p);
    expect(anon.status(), p).toBe(p.startsWith("/api/v1/") ? 401 : 200);
    expectApiHeaders(anon.headers(), `${p} anonymous`);
  }
  // The status page's data: public, the API's headers, but cached briefly for anonymous clients.
  const status = await anonymous.get("/api/v1/status");
  expect(status.status()).toBe(200);
  expectCommonHeaders(status.headers(), "/api/v1/status");
  expect(status.headers()["content-security-policy"]).toBe(API_CSP);
  expect(status.headers()["cache-control"]).toBe("public, max-age=10, stale-while-revalidate=30");
  await anonymous.dispose();
  await providers.close();
});

test("the event stream sends the API's headers, is never compressed or buffered, and needs a session", async ({
  page,
}) => {
  await signIn(page, ADMIN);
  const head = () =>
    page.evaluate(async () => {
      const stop = new AbortController();
      const res = await fetch("/api/v1/events", { signal: stop.signal, headers: { "accept-encoding": "gzip" } });
      const headers = Object.fromEntries(res.headers.entries());
      stop.abort();
      return { status: res.status, headers };
    });
  const signedIn = await head();
  expect(signedIn.status).toBe(200);
  expectApiHeaders(signedIn.headers, "/api/v1/events");
  expect(signedIn.headers["content-type"]).toMatch(/^text\/event-stream/);
  expect(signedIn.headers["cache-control"]).toContain("no-transform");
  expect(signedIn.headers["x-accel-buffering"]).toBe("no");
  expect(signedIn.headers["content-encoding"]).toBeUndefined();
  await page.context().clearCookies();
  expect((await head()).status).toBe(401);
});

test("static assets still load, are not sniffed, and need no session", async ({ request }) => {
  const html = await (await request.get("/login")).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(js|css))"/g)].map((m) => m[1]);
  expect(assets.some((a) => a.endsWith(".js")) && assets.some((a) => a.endsWith(".css"))).toBe(true);
  for (const a of assets) {
    const res = await request.get(a);
    expect(res.status(), a).toBe(200);
    expect(res.headers()["content-type"], a).toMatch(/javascript|css/);
    expect(res.headers()["x-content-type-options"], a).toBe("nosniff");
  }
  expect((await request.get("/icon.svg")).status()).toBe(200);
});

test("sign-in and a service's charts work under the policy", async ({ page }) => {
  const problems = await watchProblems(page);
  await signIn(page, ADMIN);
  await page.goto("/services/demo-target");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  expect(problems).toEqual([]);
});

test("a cross-site server action is refused with 403 before it runs; an unknown action id gets Next's 4xx", async ({
  page,
}) => {
  await signIn(page, ADMIN);
  await page.goto("/settings/users");
  // An empty "Add user" form: a real action call that only returns field errors.
  const sent = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.getByRole("button", { name: "Add user" }).click();
  const action = await sent;
  expect((await action.response())?.status()).toBe(200);
  const { "content-type": contentType, "next-action": actionId, "next-router-state-tree": tree } = action.headers();
  const replay = (headers: Record<string, string>) =>
    page.request.post(action.url(), {
      headers: {
        "content-type": contentType,
        "next-action": actionId,
        "next-router-state-tree": tree ?? "",
        ...headers,
      },
      data: action.postDataBuffer() ?? "",
      maxRedirects: 0,
    });
  const own = new URL(action.url()).origin;

  expect((await replay({ origin: own })).status()).toBe(200);
  const forged = await replay({ origin: EVIL });
  expect(forged.status()).toBe(403);
  expectPageHeaders(forged.headers(), "refused action");
  expect((await replay({ origin: "null" })).status()).toBe(403);
  const unknown = await replay({ origin: own, "next-action": "00".repeat(21) });
  expect(unknown.status()).toBeGreaterThanOrEqual(400);
  expect(unknown.status()).toBeLessThan(500);
});

test("an API mutation with the session cookie from another site is refused; Bearer tokens and the app's own origin pass", async ({
  page,
  playwright,
  baseURL,
}) => {
  await signIn(page, ADMIN);
  const forged = await page.request.post("/api/v1/services", {
    headers: { origin: EVIL },
    data: { name: "Forged Service" },
  });
  expect(forged.status()).toBe(403);
  expectApiHeaders(forged.headers(), "refused API call");
  expect(await forged.json()).toEqual({ error: { code: "FORBIDDEN", message: expect.stringMatching(/cross-site/i) } });
  expect((await page.request.get("/api/v1/services/forged-service")).status()).toBe(404);
  for (const method of ["PATCH", "PUT", "DELETE"]) {
    const res = await page.request.fetch("/api/v1/services/demo-target", {
      method,
      headers: { origin: EVIL },
      data: { name: "Renamed" },
    });
    expect(res.status(), method).toBe(403);
  }
  // The app's own origin reaches the route: here its 404 for a service that does not exist.
  expect(
    (await page.request.delete("/api/v1/services/no-such-service", { headers: { origin: baseURL ?? "" } })).status(),
  ).toBe(404);

  const token = opsdeckCli(["token", "create", "--email", ADMIN.email, "--name", "headers-e2e"]).match(
    /odk_[A-Za-z0-9]+/,
  )?.[0];
  expect(token).toBeTruthy();
  const bearer = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  expect((await bearer.delete("/api/v1/services/no-such-service")).status()).toBe(404);
  expect((await bearer.delete("/api/v1/services/no-such-service", { headers: { origin: EVIL } })).status()).toBe(404);
  await bearer.dispose();
});
