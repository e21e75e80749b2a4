import type { CheckKind, CheckState, Db, ServiceTier } from "@opsdeck/db";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { activeMaintenance, inMaintenance } from "./maintenance.ts";
import { type TListCheckTiles, ZListCheckTiles } from "./schemas.ts";
import { isStale, minuteSparkline, stateRank } from "./tiles.ts";
import { hourlyBar } from "./uptime.ts";

export type CheckTileDto = {
  id: string;
  name: string;
  kind: CheckKind;
  state: CheckState;
  stateSince: string;
  lastCheckedAt: string | null;
  /** No result for 2 × interval + 30 s. */
  stale: boolean;
  lastLatencyMs: number | null;
  lastMessage: string | null;
  intervalSeconds: number;
  /** 24 hourly up fractions, oldest first; null where nothing ran. */
  uptimeBar: (number | null)[];
  /** Mean latency per minute over the last hour, oldest first. */
  sparkline: (number | null)[];
};

export type ServiceTilesDto = { id: string; slug: string; name: string; tier: ServiceTier; state: CheckState; checks: CheckTileDto[] };
export type CheckTilesDto = { services: ServiceTilesDto[]; total: number; truncated: boolean };

type Packed = { checkSeq: number; s: string };
const unpack = (p: Packed | undefined): number[][] => (p ? p.s.split(",").map((b) => b.split(":").map(Number)) : []);

/**
 * The health panel: every check's state, uptime bar and sparkline, grouped by service, worst first.
 * Four queries whatever the number of checks, reading rollups (aggregated per check in SQL), never raw results.
 */
export async function listCheckTiles({ db, ctx, input = {}, now = new Date() }: { db: Db; ctx: AnyCtx; input?: TListCheckTiles; now?: Date }): Promise<CheckTilesDto> {
  assertRole(ctx, "VIEWER");
  const { q, state, limit } = parseInput(ZListCheckTiles, input);
  const nowMs = now.getTime();
  const match = q ? { contains: q, mode: "insensitive" as const } : undefined;
  const [rows, maint] = await Promise.all([
    db.check.findMany({
      where: match ? { OR: [{ name: match }, { service: { name: match } }, { service: { slug: match } }] } : {},
      select: {
        id: true, seq: true, serviceId: true, name: true, kind: true, state: true, stateSince: true, lastCheckedAt: true,
        lastLatencyMs: true, lastMessage: true, intervalSeconds: true, paused: true, createdAt: true,
        service: { select: { id: true, slug: true, name: true, tier: true } },
      },
    }),
    activeMaintenance(db, now),
  ]);
  const checks = rows
    .map((c) => ({ ...c, state: !c.paused && inMaintenance(maint, c) ? ("MAINTENANCE" as const) : c.state }))
    .filter((c) => !state || c.state === state)
    .sort((x, y) => stateRank(x.state) - stateRank(y.state) || x.service.name.localeCompare(y.service.name) || x.name.localeCompare(y.name));
  const shown = checks.slice(0, limit);
  const seqs = shown.map((c) => c.seq);
  const hourFrom = new Date(nowMs - (nowMs % 3_600_000) - 23 * 3_600_000);
  const minuteFrom = new Date(nowMs - (nowMs % 60_000) - 59 * 60_000);
  // Each check's buckets come back as one "minute:a:b:c,…" string: far cheaper to decode than arrays.
  const [hours, minutes] = seqs.length
    ? await Promise.all([
        db.$queryRaw<Packed[]>`SELECT "checkSeq", string_agg(concat_ws(':', (extract(epoch FROM "bucketStart") / 60)::bigint,
            "count", "upCount", "degradedCount"), ',') AS s
          FROM "CheckRollup" WHERE "period" = 'HOUR' AND "bucketStart" >= ${hourFrom} AND "checkSeq" = ANY(${seqs}::int[])
          GROUP BY "checkSeq"`,
        db.$queryRaw<Packed[]>`SELECT "checkSeq", string_agg(concat_ws(':', (extract(epoch FROM "bucketStart") / 60)::bigint,
            "upCount" + "degradedCount", "latencySum"), ',') AS s
          FROM "CheckRollup" WHERE "period" = 'MINUTE' AND "bucketStart" >= ${minuteFrom} AND "checkSeq" = ANY(${seqs}::int[])
          GROUP BY "checkSeq"`,
      ])
    : [[], []];
  const hourBySeq = new Map(hours.map((h) => [h.checkSeq, h]));
  const minuteBySeq = new Map(minutes.map((m) => [m.checkSeq, m]));
  const services = new Map<string, ServiceTilesDto>();
  for (const c of shown) {
    const h = hourBySeq.get(c.seq);
    const m = minuteBySeq.get(c.seq);
    const tile: CheckTileDto = {
      id: c.id,
      name: c.name,
      kind: c.kind,
      state: c.state,
      stateSince: c.stateSince.toISOString(),
      lastCheckedAt: c.lastCheckedAt?.toISOString() ?? null,
      stale: isStale(c, nowMs),
      lastLatencyMs: c.lastLatencyMs,
      lastMessage: c.lastMessage,
      intervalSeconds: c.intervalSeconds,
      uptimeBar: hourlyBar(unpack(h).map(([t = 0, count = 0, upCount = 0, degradedCount = 0]) => ({ bucketStartMs: t * 60_000, count, upCount, degradedCount })), nowMs),
      sparkline: minuteSparkline(unpack(m).map(([t = 0, okCount = 0, latencySum = 0]) => ({ bucketStartMs: t * 60_000, okCount, latencySum })), nowMs),
    };
    const s = services.get(c.serviceId) ?? { ...c.service, state: c.state, checks: [] };
    s.checks.push(tile);
    services.set(c.serviceId, s);
  }
  return { services: [...services.values()], total: checks.length, truncated: shown.length < checks.length };
}
