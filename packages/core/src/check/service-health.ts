import type { ServiceTier } from "@opsdeck/db";
import { NotFoundError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type CheckDto, toCheckDto } from "./dto.ts";
import { type CheckEventDto, type CheckFailureDto, readHealth } from "./health.ts";
import type { LatencyPoint } from "./latency.ts";
import { activeMaintenance, inMaintenance } from "./maintenance.ts";
import { type TGetServiceHealth, type THealthRange, ZGetServiceHealth } from "./schemas.ts";
import { getWorkerStatus } from "../health/worker-status.ts";
import { isStale, stateRank } from "./tiles.ts";
import type { Uptime } from "./uptime.ts";
import type { ServiceCall } from "../call.ts";

export type ServiceHealthDto = {
  service: { id: string; slug: string; name: string; tier: ServiceTier };
  range: THealthRange;
  bucketSeconds: number;
  checks: (CheckDto & { stale: boolean; uptime: Uptime; latency: LatencyPoint[] })[];
  events: CheckEventDto[];
  failures: CheckFailureDto[];
};

/** The service health panel: each check's uptime and latency percentiles over `range`, worst check first. */
export async function getServiceHealth({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TGetServiceHealth>): Promise<ServiceHealthDto> {
  assertRole(ctx, "VIEWER");
  const { serviceSlug, range } = parseInput(ZGetServiceHealth, input);
  const service = await db.service.findUnique({
    where: { slug: serviceSlug },
    select: { id: true, slug: true, name: true, tier: true, checks: { orderBy: { name: "asc" } } },
  });
  if (!service) throw new NotFoundError("Service not found");
  const { checks, ...ref } = service;
  const [health, maint, worker] = await Promise.all([
    readHealth(db, checks, range, now),
    activeMaintenance(db, now),
    getWorkerStatus({ db, now }),
  ]);
  const empty = { uptime: { h24: null, d7: null, d30: null, d90: null }, latency: [] };
  const dtos = checks.map((c) => {
    const dto = toCheckDto(c);
    if (!c.paused && inMaintenance(maint, c)) dto.state = "MAINTENANCE";
    return { ...dto, stale: isStale(c, now.getTime(), worker.running), ...(health.series.get(c.id) ?? empty) };
  });
  dtos.sort((a, b) => stateRank(a.state) - stateRank(b.state));
  return {
    service: ref,
    range,
    bucketSeconds: health.bucketSeconds,
    checks: dtos,
    events: health.events,
    failures: health.failures,
  };
}
