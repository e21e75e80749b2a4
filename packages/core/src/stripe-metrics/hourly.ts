import type { StripeActivity } from "@opsdeck/integrations";
import { HOUR_S } from "../metric/constants.ts";
import type { MetricSample } from "../metric/write.ts";
import { toMajorUnits } from "./currency.ts";
import { STRIPE_SERIES } from "./series.ts";

export type HourTotals = {
  /** Epoch seconds of the hour's start. */
  hour: number;
  webhookFailures: number;
  chargesSucceeded: number;
  chargesFailed: number;
  /** Succeeded charges' amounts per currency (lower-case), in major units. */
  revenue: Map<string, number>;
};

export const hourOf = (epochSeconds: number) => Math.floor(epochSeconds / HOUR_S) * HOUR_S;

/**
 * Every hour from the one holding `from` to the one holding `until - 1 s`, each with its totals
 * (zeros where nothing happened), so that a re-read hour is restated whole.
 */
export function hourlyTotals(activity: StripeActivity, from: number, until: number): HourTotals[] {
  const hours = new Map<number, HourTotals>();
  for (let h = hourOf(from); h < until; h += HOUR_S)
    hours.set(h, { hour: h, webhookFailures: 0, chargesSucceeded: 0, chargesFailed: 0, revenue: new Map() });
  for (const created of activity.failedDeliveries) {
    const row = hours.get(hourOf(created));
    if (row) row.webhookFailures++;
  }
  for (const c of activity.charges) {
    const row = hours.get(hourOf(c.created));
    if (!row) continue;
    if (!c.succeeded) {
      row.chargesFailed++;
      continue;
    }
    row.chargesSucceeded++;
    const currency = c.currency.toLowerCase();
    row.revenue.set(currency, (row.revenue.get(currency) ?? 0) + toMajorUnits(c.amount, currency));
  }
  return [...hours.values()];
}

/** The hours as metric samples of one target; revenue for every currency seen in the window, zero in other hours. */
export function samplesOfHours(target: string, hours: readonly HourTotals[]): MetricSample[] {
  const currencies = new Set(hours.flatMap((h) => [...h.revenue.keys()]));
  return hours.flatMap((h) => {
    const at = new Date(h.hour * 1000);
    const count = (name: string, value: number): MetricSample => ({
      name,
      labels: { target },
      at,
      value,
      unit: name === STRIPE_SERIES.webhookFailures ? "events" : "charges",
    });
    return [
      count(STRIPE_SERIES.webhookFailures, h.webhookFailures),
      count(STRIPE_SERIES.chargesSucceeded, h.chargesSucceeded),
      count(STRIPE_SERIES.chargesFailed, h.chargesFailed),
      ...[...currencies].map((currency) => ({
        name: STRIPE_SERIES.revenue,
        labels: { target, currency },
        at,
        value: h.revenue.get(currency) ?? 0,
        unit: currency,
      })),
    ];
  });
}
