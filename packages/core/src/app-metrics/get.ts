import type { ServiceCall } from "../call.ts";
import type { TrendSeries } from "../database/dto.ts";
import { windowOf } from "../database/trends.ts";
import { NotFoundError } from "../errors.ts";
import { type MetricSeriesDto, readMetricSeries } from "../metric/read.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { AppMetricsDto } from "./dto.ts";
import { ENDPOINT_SELECT, toEndpointDto } from "./internal.ts";
import { type TGetAppMetrics, ZGetAppMetrics } from "./schemas.ts";
import { APP_SERIES } from "./series.ts";

const trend = (s: MetricSeriesDto | undefined, label: string): TrendSeries | null =>
  s ? { label, points: s.points.map((p) => ({ at: p.at, value: p.avg })) } : null;

/** A service's metrics endpoint (settings, last scrape's problems) and its app.* series over the range. */
export async function getAppMetrics({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TGetAppMetrics>): Promise<AppMetricsDto> {
  assertRole(ctx, "VIEWER");
  const { serviceSlug, range } = parseInput(ZGetAppMetrics, input);
  const service = await db.service.findUnique({
    where: { slug: serviceSlug },
    select: { id: true, slug: true, name: true, appMetrics: { select: ENDPOINT_SELECT } },
  });
  if (!service) throw new NotFoundError("Service not found");
  const w = windowOf(range, now);
  const read = (name: string) =>
    readMetricSeries(db, { name, labels: { service: service.slug }, ...w }, now).then((r) => r.series[0]);
  const [rate, errors, p50, p95, p99] = await Promise.all([
    read(APP_SERIES.requestRate),
    read(APP_SERIES.errorRate),
    read(APP_SERIES.latencyP50),
    read(APP_SERIES.latencyP95),
    read(APP_SERIES.latencyP99),
  ]);
  return {
    service: { id: service.id, slug: service.slug, name: service.name },
    endpoint: service.appMetrics ? toEndpointDto(service.appMetrics) : null,
    range,
    from: w.from.toISOString(),
    to: w.to.toISOString(),
    stepSeconds: w.stepSeconds,
    requestRate: trend(rate, "requests/s"),
    errorRate: trend(errors, "5xx %"),
    latency: [trend(p50, "p50"), trend(p95, "p95"), trend(p99, "p99")].filter((t): t is TrendSeries => t !== null),
  };
}
