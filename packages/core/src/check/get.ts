import type { Db } from "@opsdeck/db";
import { NotFoundError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type CheckDto, toCheckDto } from "./dto.ts";
import { type CheckEventDto, type CheckFailureDto, readHealth } from "./health.ts";
import type { LatencyPoint } from "./latency.ts";
import { activeMaintenance, type MaintenanceWindowDto, shownState } from "./maintenance.ts";
import type { TGetCheck, THealthRange } from "./schemas.ts";
import { ZGetCheck } from "./schemas.ts";
import { getWorkerStatus } from "../health/worker-status.ts";
import { isStale } from "./tiles.ts";
import type { Uptime } from "./uptime.ts";

export type CheckDetailDto = {
  check: CheckDto & { stale: boolean; service: { id: string; slug: string; name: string } };
  range: THealthRange;
  bucketSeconds: number;
  uptime: Uptime;
  latency: LatencyPoint[];
  events: CheckEventDto[];
  failures: CheckFailureDto[];
  /** Current and upcoming windows covering the check or its service. */
  maintenance: MaintenanceWindowDto[];
};

/** One check with its uptime, latency percentiles over `range`, recent state changes and failures. */
export async function getCheck({
  db,
  ctx,
  input,
  now = new Date(),
}: {
  db: Db;
  ctx: AnyCtx;
  input: TGetCheck;
  now?: Date;
}): Promise<CheckDetailDto> {
  assertRole(ctx, "VIEWER");
  const { id, range } = parseInput(ZGetCheck, input);
  const row = await db.check.findUnique({
    where: { id },
    include: { service: { select: { id: true, slug: true, name: true } } },
  });
  if (!row) throw new NotFoundError("Check not found");
  const [health, maint, windows, worker] = await Promise.all([
    readHealth(db, [row], range, now),
    activeMaintenance(db, now),
    db.maintenanceWindow.findMany({
      where: { endsAt: { gt: now }, OR: [{ checkId: id }, { serviceId: row.serviceId }] },
      orderBy: { startsAt: "asc" },
    }),
    getWorkerStatus({ db, now }),
  ]);
  const { service, ...check } = row;
  const dto = toCheckDto(check);
  dto.state = shownState(maint, check);
  const series = health.series.get(id);
  return {
    check: { ...dto, stale: isStale(check, now.getTime(), worker.running), service },
    range,
    bucketSeconds: health.bucketSeconds,
    uptime: series?.uptime ?? { h24: null, d7: null, d30: null, d90: null },
    latency: series?.latency ?? [],
    events: health.events,
    failures: health.failures,
    maintenance: windows.map((w) => ({
      id: w.id,
      checkId: w.checkId,
      serviceId: w.serviceId,
      startsAt: w.startsAt.toISOString(),
      endsAt: w.endsAt.toISOString(),
      reason: w.reason,
    })),
  };
}
