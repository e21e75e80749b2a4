import type { CheckKind, CheckState, Db, ServiceTier } from "@opsdeck/db";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { activeMaintenance, shownState } from "./maintenance.ts";
import { type TListCheckTiles, ZListCheckTiles } from "./schemas.ts";
import { alignSeries, SPARKLINE_MINUTES, UPTIME_BAR_HOURS } from "./tile-history.ts";
import { getWorkerStatus } from "../health/worker-status.ts";
import type { TileHistoryPatch, TileStatePatch, TileStateRow } from "./tile-patches.ts";
import { isStale, stateRank } from "./tiles.ts";

export type CheckTileDto = Omit<TileStatePatch, "serviceId"> &
  Omit<TileHistoryPatch, "id"> & { name: string; kind: CheckKind; intervalSeconds: number };

export type ServiceTilesDto = {
  id: string;
  slug: string;
  name: string;
  tier: ServiceTier;
  state: CheckState;
  checks: CheckTileDto[];
};
export type CheckTilesDto = { services: ServiceTilesDto[]; total: number; truncated: boolean };

const byName = new Intl.Collator("en").compare;

type TileRow = TileStateRow & {
  seq: number;
  name: string;
  kind: CheckKind;
  serviceSlug: string;
  serviceName: string;
  serviceTier: ServiceTier;
  sparkline: unknown;
  minuteStart: Date | null;
  uptimeBar: unknown;
  hourStart: Date | null;
};

/**
 * The health panel: every check's state, uptime bar and sparkline, grouped by service, worst first.
 * Reads one row per check (state from the worker's writes, history from CheckTileHistory, which the
 * worker's result writer moves forward with every batch), never rollups or raw results.
 */
export async function listCheckTiles({
  db,
  ctx,
  input = {},
  now = new Date(),
}: {
  db: Db;
  ctx: AnyCtx;
  input?: TListCheckTiles;
  now?: Date;
}): Promise<CheckTilesDto> {
  assertRole(ctx, "VIEWER");
  const { q, state, limit } = parseInput(ZListCheckTiles, input);
  const nowMs = now.getTime();
  const like = q ? `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` : null;
  // One plain query: Prisma's relation loading cost more than the whole read at 2,000 checks.
  const [rows, maint, worker] = await Promise.all([
    db.$queryRaw<TileRow[]>`
      SELECT c.id, c.seq, c."serviceId", c.name, c.kind::text AS kind, c.state::text AS state, c.health::text AS health, c."stateSince", c."lastCheckedAt",
        c."lastLatencyMs", c."lastMessage", c."intervalSeconds", c.paused, c."createdAt",
        s.slug AS "serviceSlug", s.name AS "serviceName", s.tier::text AS "serviceTier",
        h.sparkline, h."minuteStart", h."uptimeBar", h."hourStart"
      FROM "Check" c JOIN "Service" s ON s.id = c."serviceId" LEFT JOIN "CheckTileHistory" h ON h."checkSeq" = c.seq
      WHERE ${like}::text IS NULL OR c.name ILIKE ${like} OR s.name ILIKE ${like} OR s.slug ILIKE ${like}`,
    activeMaintenance(db, now),
    getWorkerStatus({ db, now }),
  ]);
  const checks = rows
    .map(({ health, ...c }) => ({ ...c, state: shownState(maint, { ...c, health }) }))
    .filter((c) => !state || c.state === state)
    .sort(
      (x, y) =>
        stateRank(x.state) - stateRank(y.state) || byName(x.serviceName, y.serviceName) || byName(x.name, y.name),
    );
  const shown = checks.slice(0, limit);
  const services = new Map<string, ServiceTilesDto>();
  for (const c of shown) {
    const tile: CheckTileDto = {
      id: c.id,
      name: c.name,
      kind: c.kind,
      state: c.state,
      stateSince: c.stateSince.toISOString(),
      lastCheckedAt: c.lastCheckedAt?.toISOString() ?? null,
      stale: isStale(c, nowMs, worker.running),
      lastLatencyMs: c.lastLatencyMs,
      lastMessage: c.lastMessage,
      intervalSeconds: c.intervalSeconds,
      uptimeBar: alignSeries(c.uptimeBar, c.hourStart?.getTime() ?? null, nowMs, 3_600_000, UPTIME_BAR_HOURS),
      sparkline: alignSeries(c.sparkline, c.minuteStart?.getTime() ?? null, nowMs, 60_000, SPARKLINE_MINUTES),
    };
    const s = services.get(c.serviceId) ?? {
      id: c.serviceId,
      slug: c.serviceSlug,
      name: c.serviceName,
      tier: c.serviceTier,
      state: c.state,
      checks: [],
    };
    s.checks.push(tile);
    services.set(c.serviceId, s);
  }
  return { services: [...services.values()], total: checks.length, truncated: shown.length < checks.length };
}
