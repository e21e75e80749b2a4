import { sampleStripeTargets } from "@opsdeck/core/stripe-metrics/sample";
import type { Db } from "@opsdeck/db";
import { log } from "./log.ts";
import { startPeriodic } from "./periodic.ts";

/** Read every Stripe target's charges and failed webhooks into hourly series every `seconds` (each by one worker). */
export function startStripeMetrics(db: Db, seconds: number, secretKey: Buffer | undefined) {
  const failing = new Set<string>();
  return startPeriodic("Stripe metrics reading", seconds, async () => {
    const r = await sampleStripeTargets({ db, deps: { secretKey, intervalSeconds: seconds } });
    // A target's fault is on the Stripe page; the log says when it starts and stops failing.
    for (const id of r.failed) if (!failing.has(id)) log("warn", "Stripe metrics: a target failed its read", { id });
    for (const id of r.sampled) if (failing.has(id)) log("info", "Stripe metrics: a target read again", { id });
    for (const id of r.sampled) failing.delete(id);
    for (const id of r.failed) failing.add(id);
  });
}
