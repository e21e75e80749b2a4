import { startStripeServer } from "@opsdeck/integrations/testing/index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTarget } from "../action/target-write.ts";
import { createAlertRule } from "../alert/create.ts";
import { getAlertRule } from "../alert/get.ts";
import { ALERT_PRESETS } from "../alert/presets.ts";
import { evaluateAlertRules } from "../alert/run.ts";
import { systemCtx } from "../roles.ts";
import { generateKey, parseKey } from "../secrets/crypto.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { sampleStripeTargets } from "./sample.ts";

const key = parseKey(generateKey());
const KEY = "rk_test_no_charges_1234";
const H = 3600;
/** A Wednesday. */
const NOW = new Date("2026-12-02T12:30:00Z");
const T = NOW.getTime() / 1000;
const later = (hours: number) => new Date(NOW.getTime() + hours * H * 1000);

/**
 * The "no successful charge in 24 h" preset sums stripe.charges_succeeded over a day: the reader
 * writes 0 for every hour without a charge, so a quiet day sums to 0 (it fires) rather than to no
 * data (which would keep the state for ever).
 */
describe("no successful charge in 24 hours", () => {
  let s: RoleSuite;
  let stripe: Awaited<ReturnType<typeof startStripeServer>>;
  let ruleId: string;
  const deps = { secretKey: key, intervalSeconds: 300, maxNetworkRetries: 1 };
  beforeAll(async () => {
    s = await roleSuite();
    stripe = await startStripeServer({
      secretKey: KEY,
      keyWithoutEvents: "rk_test_no_events",
      endpoints: [],
      // One charge 20 hours before NOW, then none.
      events: [
        {
          id: "evt_1",
          type: "charge.succeeded",
          created: T - 20 * H,
          deliverySuccess: true,
          data: { id: "ch_1", object: "charge", amount: 1999, currency: "usd", status: "succeeded" },
        },
      ],
    });
    await createTarget({
      db: s.t.db,
      ctx: ctxOf(s.admin),
      key,
      input: { name: "shop", kind: "STRIPE", config: { apiBaseUrl: stripe.url }, credential: KEY },
    });
    const { key: preset, summary: _summary, ...terms } = ALERT_PRESETS.find((p) => p.key === "no-charges") ?? {};
    expect(preset).toBe("no-charges");
    ruleId = (await createAlertRule({ db: s.t.db, ctx: ctxOf(s.admin), input: { ...terms, preset } as never })).id;
  });
  afterAll(async () => {
    await stripe?.close();
    await s?.t.drop();
  });

  const evaluate = (now: Date) =>
    evaluateAlertRules({ db: s.t.db, ctx: systemCtx("worker"), intervalSeconds: 15, now });
  const rule = () => getAlertRule({ db: s.t.db, ctx: ctxOf(s.viewer), input: { id: ruleId } });

  it("has no data before the reader runs, counts the charge of the day, then fires on a day of zeros", async () => {
    expect((await evaluate(NOW)).changes).toEqual([]);
    expect((await rule()).groups).toEqual([]);

    expect((await sampleStripeTargets({ db: s.t.db, deps, now: NOW })).failed).toEqual([]);
    expect((await evaluate(later(0.01))).changes).toEqual([]);
    expect((await rule()).groups).toMatchObject([{ group: "", state: "OK", value: 1, noData: false }]);

    // Five hours on, the charge is 25 hours old: every hour of the window holds an explicit 0.
    expect((await sampleStripeTargets({ db: s.t.db, deps, now: later(5) })).failed).toEqual([]);
    const points = await s.t.db.metricPoint.findMany({
      where: { series: { name: "stripe.charges_succeeded" }, at: { gt: later(5 - 24), lte: later(5) } },
    });
    expect(points).toHaveLength(24);
    expect(points.every((p) => p.value === 0)).toBe(true);
    expect((await evaluate(later(5.01))).changes).toEqual([{ ruleId, group: "", to: "FIRING" }]);
    expect((await rule()).groups).toMatchObject([{ state: "FIRING", value: 0, noData: false }]);
    expect(await s.t.db.incident.count({ where: { alertRuleId: ruleId, status: { not: "RESOLVED" } } })).toBe(1);
  });
});
