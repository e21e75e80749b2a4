import type { CounterMap, Totals } from "@opsdeck/integrations";
import { histogramQuantile } from "./quantile.ts";

/** One scrape's cumulative totals and when they were read; kept on the endpoint for the next scrape. */
export type Counters = Totals & { at: string };

/** What a scrape adds to the charts; a figure is left out when it cannot be computed yet. */
export type Figures = {
  requestRate?: number;
  errorRate?: number;
  latencyP50?: number;
  latencyP95?: number;
  latencyP99?: number;
};

/**
 * How much each counter grew since the previous scrape, summed. A counter that went down was reset
 * (the app restarted), so it counts from zero; one not seen before counts from zero too.
 */
export function increase(prev: CounterMap, curr: CounterMap): number {
  let sum = 0;
  for (const [key, value] of Object.entries(curr)) {
    const before = prev[key];
    sum += before === undefined || value < before ? value : value - before;
  }
  return sum;
}

/** Per-bucket increases summed over label sets: [le, count] pairs. */
function bucketIncrease(prev: CounterMap, curr: CounterMap): [number, number][] {
  const perLe = new Map<number, number>();
  for (const key of Object.keys(curr)) {
    const le = Number(key.slice(0, key.indexOf(" ")).replace("+Inf", "Infinity"));
    perLe.set(le, (perLe.get(le) ?? 0) + increase(prev, { [key]: curr[key] as number }));
  }
  return [...perLe];
}

/** A duration histogram in seconds unless its name says milliseconds. */
export const toMsFactor = (durationMetric: string) => (/_(milliseconds|ms)$/.test(durationMetric) ? 1 : 1000);

/**
 * The figures between two scrapes: requests per second, the percent of 5xx answers, and latency
 * percentiles in ms from the histogram's increase. Nothing before a second scrape (of that metric); no error rate or
 * latency over an interval without requests.
 */
export function figuresBetween(prev: Counters | null, curr: Counters, msFactor: number): Figures {
  if (!prev) return {};
  const seconds = (Date.parse(curr.at) - Date.parse(prev.at)) / 1000;
  if (!(seconds > 0)) return {};
  const out: Figures = {};
  if (curr.requests && prev.requests) {
    const requests = increase(prev.requests ?? {}, curr.requests);
    out.requestRate = requests / seconds;
    if (curr.errors && requests > 0)
      out.errorRate = Math.min(100, (increase(prev.errors ?? {}, curr.errors) / requests) * 100);
  }
  if (curr.buckets && prev.buckets) {
    const buckets = bucketIncrease(prev.buckets ?? {}, curr.buckets);
    const p = (q: number) => {
      const v = histogramQuantile(q, buckets);
      return v === null ? undefined : v * msFactor;
    };
    const [p50, p95, p99] = [p(0.5), p(0.95), p(0.99)];
    if (p50 !== undefined) Object.assign(out, { latencyP50: p50, latencyP95: p95, latencyP99: p99 });
  }
  return out;
}
