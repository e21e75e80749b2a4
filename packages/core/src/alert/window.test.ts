import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeMetricSamples } from "../metric/write.ts";
import { readWindows, windowKey } from "./window.ts";

const NOW = new Date(Date.now() - 10 * 60_000);
const ago = (s: number) => new Date(NOW.getTime() - s * 1000);

describe("the windows of many rules in one read", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    const point = (name: string, labels: Record<string, string>, s: number, value: number) => ({
      name,
      labels,
      at: ago(s),
      value,
    });
    await writeMetricSamples(t.db, [
      point("app.error_rate", { service: "shop" }, 0, 5),
      point("app.error_rate", { service: "shop" }, 30, 1),
      point("app.error_rate", { service: "shop" }, 90, 9),
      point("app.error_rate", { service: "api" }, 10, 2),
      point("app.error_rate", { service: "api", region: "eu" }, 20, 4),
      point("stripe.webhook_failures", {}, 50, 3),
      // After `now` and at the window's open end: neither counts.
      point("app.error_rate", { service: "shop" }, -5, 100),
      point("app.error_rate", { service: "shop" }, 120, 100),
    ]);
  });
  afterAll(() => t.drop());

  it("sums each distinct series, labels and window per service, once for rules that share them", async () => {
    const short = { series: "app.error_rate", labels: {}, windowSeconds: 60 };
    const long = { series: "app.error_rate", labels: {}, windowSeconds: 120 };
    const eu = { series: "app.error_rate", labels: { region: "eu" }, windowSeconds: 120 };
    const stripe = { series: "stripe.webhook_failures", labels: {}, windowSeconds: 3600 };
    const none = { series: "app.latency_p95", labels: {}, windowSeconds: 60 };
    const w = await readWindows(t.db, [short, { ...short }, long, eu, stripe, none], NOW);
    expect(w.size).toBe(5);
    expect(Object.fromEntries(w.get(windowKey(short)) ?? [])).toEqual({
      shop: { count: 2, sum: 6, min: 1, max: 5, last: 5 },
      api: { count: 2, sum: 6, min: 2, max: 4, last: 2 },
    });
    expect(w.get(windowKey(long))?.get("shop")).toEqual({ count: 3, sum: 15, min: 1, max: 9, last: 5 });
    expect(Object.fromEntries(w.get(windowKey(eu)) ?? [])).toEqual({
      api: { count: 1, sum: 4, min: 4, max: 4, last: 4 },
    });
    expect(Object.fromEntries(w.get(windowKey(stripe)) ?? [])).toEqual({
      "": { count: 1, sum: 3, min: 3, max: 3, last: 3 },
    });
    expect(w.get(windowKey(none))?.size).toBe(0);
  });
});
