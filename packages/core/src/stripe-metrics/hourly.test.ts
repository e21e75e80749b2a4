import { describe, expect, it } from "vitest";
import { currencyExponent, toMajorUnits } from "./currency.ts";
import { hourlyTotals, samplesOfHours } from "./hourly.ts";
import { STRIPE_SERIES } from "./series.ts";

const T = Date.parse("2026-12-02T10:00:00Z") / 1000;
const charge = (min: number, succeeded: boolean, amount: number, currency = "usd") => ({
  created: T + min * 60,
  succeeded,
  amount,
  currency,
});

describe("currency exponent", () => {
  it("follows Stripe's zero-, two- and three-decimal currencies", () => {
    expect(currencyExponent("usd")).toBe(2);
    expect(currencyExponent("JPY")).toBe(0);
    expect(currencyExponent("krw")).toBe(0);
    expect(currencyExponent("kwd")).toBe(3);
    expect(currencyExponent("isk")).toBe(2);
    expect(toMajorUnits(1999, "usd")).toBe(19.99);
    expect(toMajorUnits(500, "jpy")).toBe(500);
    expect(toMajorUnits(12345, "bhd")).toBe(12.345);
  });
});

describe("hourly totals", () => {
  const activity = {
    charges: [
      charge(5, true, 1000),
      charge(59, true, 550),
      charge(30, false, 9999),
      charge(60, true, 700, "JPY"),
      charge(125, false, 100),
      // Outside the window: left out.
      charge(-1, true, 100_000),
      charge(180, true, 100_000),
    ],
    failedDeliveries: [T + 1, T + 3599, T + 3600, T + 3 * 3600],
  };
  const hours = hourlyTotals(activity, T + 17 * 60, T + 3 * 3600);

  it("lists every hour of the window from the start of the first, with zeros", () => {
    expect(hours.map((h) => h.hour)).toEqual([T, T + 3600, T + 7200]);
    expect(hours.map((h) => [h.chargesSucceeded, h.chargesFailed, h.webhookFailures])).toEqual([
      [2, 1, 2],
      [1, 0, 1],
      [0, 1, 0],
    ]);
    expect(Object.fromEntries(hours[0]?.revenue ?? [])).toEqual({ usd: 15.5 });
    expect(Object.fromEntries(hours[1]?.revenue ?? [])).toEqual({ jpy: 700 });
  });

  it("writes each hour's totals at the hour's start, revenue per currency seen in the window", () => {
    const samples = samplesOfHours("tgt", hours);
    const at = (h: number) => new Date((T + h * 3600) * 1000);
    const revenue = samples.filter((s) => s.name === STRIPE_SERIES.revenue);
    expect(revenue).toHaveLength(6);
    expect(revenue.filter((s) => s.labels.currency === "usd").map((s) => s.value)).toEqual([15.5, 0, 0]);
    expect(revenue.find((s) => s.labels.currency === "jpy" && +s.at === +at(1))).toMatchObject({
      labels: { target: "tgt", currency: "jpy" },
      value: 700,
    });
    const failures = samples.filter((s) => s.name === STRIPE_SERIES.webhookFailures);
    expect(failures.map((s) => [s.at, s.value, s.labels])).toEqual([
      [at(0), 2, { target: "tgt" }],
      [at(1), 1, { target: "tgt" }],
      [at(2), 0, { target: "tgt" }],
    ]);
  });
});
