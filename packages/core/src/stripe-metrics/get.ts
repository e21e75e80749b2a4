import type { Db } from "@opsdeck/db";
import type { StripeProblem } from "@opsdeck/integrations";
import { targetSecretName } from "../action/target-labels.ts";
import { DAY_S, HOUR_S } from "../metric/constants.ts";
import { type MetricSeriesDto, readMetricSeries } from "../metric/read.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { TrendSeries } from "../database/dto.ts";
import type { StripeMetricsDto, StripeTargetMetricsDto } from "./dto.ts";
import { NO_KEY_PROBLEM } from "./sample.ts";
import { type TGetStripeMetrics, type TStripeRange, ZGetStripeMetrics } from "./schemas.ts";
import { STRIPE_SERIES } from "./series.ts";

/** Each range's span and bucket (seconds). */
export const STRIPE_WINDOWS: Record<TStripeRange, { span: number; step: number }> = {
  "24h": { span: DAY_S, step: HOUR_S },
  "7d": { span: 7 * DAY_S, step: HOUR_S },
  "30d": { span: 30 * DAY_S, step: 6 * HOUR_S },
  "90d": { span: 90 * DAY_S, step: DAY_S },
};

const trend = (
  s: MetricSeriesDto | undefined,
  label: string,
  from: string,
  points: number,
  step: number,
): TrendSeries => ({
  label,
  points: s
    ? s.points.map((p) => ({ at: p.at, value: p.avg }))
    : Array.from({ length: points }, (_, i) => ({
        at: new Date(Date.parse(from) + i * step * 1000).toISOString(),
        value: null,
      })),
});

/**
 * The Stripe panels (VIEWER): per Stripe target, charges succeeded and failed, failed webhook deliveries
 * and revenue per hour from the series the worker writes, with the target's problem (no key configured,
 * a refused key, a rate limit, Stripe unreachable) so each panel says why it is empty or stale.
 */
export async function getStripeMetrics({
  db,
  ctx,
  input,
  now = new Date(),
}: {
  db: Db;
  ctx: AnyCtx;
  input: TGetStripeMetrics;
  now?: Date;
}): Promise<StripeMetricsDto> {
  assertRole(ctx, "VIEWER");
  const q = parseInput(ZGetStripeMetrics, input);
  const w = STRIPE_WINDOWS[q.range];
  const to = new Date(Math.floor(now.getTime() / 1000 / w.step) * w.step * 1000);
  const from = new Date(to.getTime() - (w.span - w.step) * 1000);
  const targets = await db.target.findMany({
    where: { kind: "STRIPE" },
    select: {
      id: true,
      name: true,
      secretName: true,
      service: { select: { slug: true, name: true } },
      stripeState: { select: { sampledAt: true, problem: true } },
    },
    orderBy: { name: "asc" },
  });
  const names = targets.map((t) => t.secretName ?? targetSecretName(t.id));
  const keys = new Set(
    (await db.secret.findMany({ where: { name: { in: names } }, select: { name: true } })).map((s) => s.name),
  );
  const out: StripeTargetMetricsDto[] = [];
  for (const [i, t] of targets.entries()) {
    const read = (name: string) =>
      readMetricSeries(db, { name, labels: { target: t.id }, from, to, stepSeconds: w.step }, now);
    const [ok, failed, hooks, revenue] = await Promise.all([
      read(STRIPE_SERIES.chargesSucceeded),
      read(STRIPE_SERIES.chargesFailed),
      read(STRIPE_SERIES.webhookFailures),
      read(STRIPE_SERIES.revenue),
    ]);
    const count = w.span / w.step;
    const one = (r: typeof ok, label: string) => trend(r.series[0], label, from.toISOString(), count, w.step);
    out.push({
      id: t.id,
      name: t.name,
      service: t.service,
      sampledAt: t.stripeState?.sampledAt?.toISOString() ?? null,
      problem: keys.has(names[i] ?? "")
        ? ((t.stripeState?.problem as StripeProblem | null | undefined) ?? null)
        : NO_KEY_PROBLEM,
      charts: {
        chargesSucceeded: one(ok, "succeeded"),
        chargesFailed: one(failed, "failed"),
        webhookFailures: one(hooks, "failed deliveries"),
        revenue: revenue.series
          .map((s) => trend(s, (s.labels.currency ?? "?").toUpperCase(), from.toISOString(), count, w.step))
          .filter((s) => s.points.some((p) => p.value)),
      },
    });
  }
  return {
    range: q.range,
    from: from.toISOString(),
    to: to.toISOString(),
    stepSeconds: w.step,
    readAt: now.toISOString(),
    targets: out,
  };
}
