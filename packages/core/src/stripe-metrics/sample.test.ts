import { type StripeSeedEvent, startStripeServer } from "@opsdeck/integrations/testing/index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { targetSecretName } from "../action/target-labels.ts";
import { createTarget } from "../action/target-write.ts";
import { readMetricSeries } from "../metric/read.ts";
import { generateKey, parseKey } from "../secrets/crypto.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { getStripeMetrics } from "./get.ts";
import { sampleStripeTargets } from "./sample.ts";
import { STRIPE_SERIES } from "./series.ts";

const key = parseKey(generateKey());
const KEY = "rk_test_metrics_1234";
const H = 3600;
const NOW = new Date("2026-12-02T12:30:00Z");
const T = NOW.getTime() / 1000;
const hour = (h: number) => new Date(Date.parse("2026-12-02T00:00:00Z") + h * H * 1000);

let n = 0;
const charge = (
  created: number,
  ok: boolean,
  amount: number,
  currency = "usd",
  deliverySuccess = true,
): StripeSeedEvent => ({
  id: `evt_${++n}`,
  type: ok ? "charge.succeeded" : "charge.failed",
  created,
  deliverySuccess,
  data: { id: `ch_${n}`, object: "charge", amount, currency, status: ok ? "succeeded" : "failed" },
});

describe("the Stripe metrics reader", () => {
  let s: RoleSuite;
  const closers: (() => Promise<void>)[] = [];
  const ids: Record<string, string> = {};
  const deps = { secretKey: key, intervalSeconds: 300, maxNetworkRetries: 1 };
  let shop: Awaited<ReturnType<typeof startStripeServer>>;
  beforeAll(async () => {
    s = await roleSuite();
    const events: StripeSeedEvent[] = [
      // 10:00–11:00: two succeeded (one of them with a failed webhook), one failed, one in yen.
      charge(T - 2 * H - 1500, true, 1999),
      charge(T - 2 * H - 600, true, 1, "usd", false),
      charge(T - 2 * H - 300, false, 5000),
      charge(T - 2 * H - 60, true, 1200, "jpy"),
      { id: "evt_inv", type: "invoice.paid", created: T - 2 * H, deliverySuccess: false },
      { id: "evt_old", type: "invoice.paid", created: T - 30 * H, deliverySuccess: false },
    ];
    // 11:00–12:00: 150 charges of 1.00, more than one page of events.
    for (let i = 0; i < 150; i++) events.push(charge(T - H - 1700 + i, true, 100));
    shop = await startStripeServer({ secretKey: KEY, keyWithoutEvents: "rk_test_no_events", events, endpoints: [] });
    const other = await startStripeServer({
      secretKey: KEY,
      keyWithoutEvents: "rk_test_no_events",
      events,
      endpoints: [],
    });
    closers.push(
      () => shop.close(),
      () => other.close(),
    );
    const add = async (name: string, apiBaseUrl: string, credential?: string) => {
      const t = await createTarget({
        db: s.t.db,
        ctx: ctxOf(s.admin),
        key,
        input: { name, kind: "STRIPE", config: { apiBaseUrl }, ...(credential ? { credential } : {}) },
      });
      ids[name] = t.id;
    };
    await add("a shop", shop.url, KEY);
    // A target whose key was removed (a new target cannot be saved without one).
    await add("b no key", other.url, KEY);
    await s.t.db.secret.delete({ where: { name: targetSecretName(ids["b no key"] ?? "") } });
    await add("c bad key", other.url, "rk_test_wrong_9999");
    await add("d restricted", other.url, "rk_test_no_events");
    await add("e gone", "http://127.0.0.1:9", KEY);
  });
  afterAll(async () => {
    await Promise.all(closers.map((c) => c()));
    await s.t.drop();
  });

  const values = async (name: string, labels: Record<string, string>, from: Date, to: Date) => {
    const r = await readMetricSeries(s.t.db, { name, labels, from, to, stepSeconds: H }, NOW);
    return r.series[0]?.points.map((p) => p.avg);
  };

  it("writes each hour's totals at its start, through Stripe's pagination; records each target's fault", async () => {
    const r = await sampleStripeTargets({ db: s.t.db, deps, now: NOW });
    expect(r.sampled).toEqual([ids["a shop"]]);
    expect(r.failed).toEqual([ids["b no key"], ids["c bad key"], ids["d restricted"], ids["e gone"]]);
    const target = ids["a shop"] ?? "";
    const window = [hour(9), hour(12)] as const;
    expect(await values(STRIPE_SERIES.chargesSucceeded, { target }, ...window)).toEqual([0, 3, 150, 0]);
    expect(await values(STRIPE_SERIES.chargesFailed, { target }, ...window)).toEqual([0, 1, 0, 0]);
    expect(await values(STRIPE_SERIES.webhookFailures, { target }, ...window)).toEqual([0, 2, 0, 0]);
    expect(await values(STRIPE_SERIES.revenue, { target, currency: "usd" }, ...window)).toEqual([0, 20, 150, 0]);
    expect(await values(STRIPE_SERIES.revenue, { target, currency: "jpy" }, ...window)).toEqual([0, 1200, 0, 0]);
    // A day back: the failed delivery 30 hours ago is outside the first read.
    expect(await values(STRIPE_SERIES.webhookFailures, { target }, hour(-18), hour(-18))).toEqual([null]);
    // 150 charge events are two pages: the second starts after the first's last event.
    const pages = shop.calls.filter((c) => c.path === "/v1/events" && c.query.get("starting_after"));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    const states = await s.t.db.stripeMetricState.findMany({ orderBy: { target: { name: "asc" } } });
    expect(states.map((x) => (x.problem as { code: string } | null)?.code ?? null)).toEqual([
      null,
      "NO_KEY",
      "INVALID_KEY",
      "PERMISSION_DENIED",
      "UNREACHABLE",
    ]);
    expect(states[2]?.problem).toMatchObject({ message: expect.stringContaining("Invalid API Key provided") });
    expect(await s.t.db.liveEvent.findFirst({ where: { kind: "stripe.sampled" } })).toMatchObject({
      payload: { ids: [...r.sampled, ...r.failed] },
    });
  });

  it("reads a target once per interval however many workers ask", async () => {
    const again = await Promise.all(
      [1, 2].map(() => sampleStripeTargets({ db: s.t.db, deps, now: new Date(NOW.getTime() + 60_000) })),
    );
    expect(again.flatMap((x) => [...x.sampled, ...x.failed])).toEqual([]);
  });

  it("restates the hours it reads again without counting them twice", async () => {
    const later = new Date(NOW.getTime() + 10 * 60_000);
    shop.state.events.push(charge(T + 60, true, 250), charge(T - 2 * H + 10, true, 100_000));
    await sampleStripeTargets({ db: s.t.db, deps, now: later });
    const target = ids["a shop"] ?? "";
    // 11:00 and 12:00 are read again; 10:00 is before the window, so its late charge is not seen.
    expect(await values(STRIPE_SERIES.chargesSucceeded, { target }, hour(10), hour(12))).toEqual([3, 150, 1]);
    expect(await values(STRIPE_SERIES.revenue, { target, currency: "usd" }, hour(10), hour(12))).toEqual([
      20, 150, 2.5,
    ]);
    const rollup = await s.t.db.metricRollup.findMany({
      where: {
        period: "DAY",
        bucketStart: hour(0),
        series: { name: STRIPE_SERIES.chargesSucceeded, labelsKey: { contains: target } },
      },
    });
    // The day's rollup holds one point per hour read: restated hours replaced, not added.
    expect(rollup.map((x) => [x.count, x.sum])).toEqual([[13, 154]]);
  });

  it("waits out a 429 with Stripe's backoff, and shows a lasting one as the target's problem", async () => {
    shop.rateLimitNext(1);
    const r = await sampleStripeTargets({ db: s.t.db, deps, now: new Date(NOW.getTime() + 20 * 60_000) });
    expect(r.sampled).toEqual([ids["a shop"]]);
    expect(shop.calls.some((c) => c.status === 429)).toBe(true);
    shop.rateLimitNext(2);
    const limited = await sampleStripeTargets({ db: s.t.db, deps, now: new Date(NOW.getTime() + 30 * 60_000) });
    expect(limited.failed).toContain(ids["a shop"]);
    const state = await s.t.db.stripeMetricState.findUniqueOrThrow({ where: { targetId: ids["a shop"] ?? "" } });
    expect(state.problem).toMatchObject({ code: "RATE_LIMITED" });
  }, 20_000);

  it("shows the panels with each target's problem, and no key configured until one is", async () => {
    const m = await getStripeMetrics({ db: s.t.db, ctx: ctxOf(s.viewer), input: { range: "24h" }, now: NOW });
    expect(m.stepSeconds).toBe(H);
    expect(m.targets.map((x) => x.problem?.code ?? null)).toEqual([
      "RATE_LIMITED",
      "NO_KEY",
      "INVALID_KEY",
      "PERMISSION_DENIED",
      "UNREACHABLE",
    ]);
    const shopPanel = m.targets[0];
    expect(shopPanel?.charts.chargesSucceeded.points).toHaveLength(24);
    expect(shopPanel?.charts.chargesSucceeded.points.at(-2)).toEqual({ at: hour(11).toISOString(), value: 150 });
    expect(shopPanel?.charts.revenue.map((x) => x.label)).toEqual(["JPY", "USD"]);
    expect(m.targets[1]?.charts.chargesSucceeded.points.every((p) => p.value === null)).toBe(true);
    await expect(
      getStripeMetrics({ db: s.t.db, ctx: ctxOf(s.viewer), input: { range: "1h" as never } }),
    ).rejects.toMatchObject({ fieldErrors: { range: expect.any(Array) } });
  });
});
