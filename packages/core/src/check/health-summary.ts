import { type CheckKind, type CheckState, Prisma, type ServiceTier } from "@opsdeck/db";
import { getWorkerStatus } from "../health/worker-status.ts";
import type { ReadCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { type CheckCountsDto, emptyCounts, shownCte } from "./counts.ts";
import type { CheckTileDto } from "./list.ts";
import { tileDto } from "./tile-dto.ts";
import { readTileHistories, type TileStateRow } from "./tile-patches.ts";
import { FOLD_ABOVE, STATE_ORDER, stateRank } from "./tiles.ts";

/**
 * At most this many tiles of checks that are not UP come with the summary (worst first); counts cover
 * all. Up to `FOLD_ABOVE` checks in all, every check's tile comes (nothing is folded).
 */
export const PROBLEM_TILES_SHOWN = 200;

export type ServiceSummaryDto = {
  id: string;
  slug: string;
  name: string;
  tier: ServiceTier;
  /** The worst state any of its checks shows. */
  state: CheckState;
  total: number;
  /** Its checks by shown state (states none shows are left out). */
  byState: Partial<Record<CheckState, number>>;
  /** Its checks with no recent result (or none at all while no worker runs). */
  stale: number;
  /** Tiles of its checks that are not UP (of all, up to FOLD_ABOVE checks), worst first; fewer when cut. */
  checks: CheckTileDto[];
};

export type HealthSummaryDto = {
  /** Every check by the state it shows, and how many are stale. */
  counts: CheckCountsDto & { stale: number };
  /** Every service with a check, worst first, then by name. */
  services: ServiceSummaryDto[];
  /** Checks that are not UP, and how many of them have a tile here. */
  problems: { total: number; shown: number };
};

type CountRow = {
  id: string;
  slug: string;
  name: string;
  tier: ServiceTier;
  state: CheckState;
  n: number;
  stale: number;
};
type ProblemRow = Omit<TileStateRow, "health"> & { name: string; kind: CheckKind };

const byName = new Intl.Collator("en").compare;
const RANK = Prisma.raw(`array_position(ARRAY[${STATE_ORDER.map((s) => `'${s}'`).join(",")}]::text[], sh.state)`);

/**
 * The Overview's health data in two reads and no sparkline but the problems': per service, its checks
 * by shown state (maintenance as the tiles apply it) and how many are stale; and the tiles of the
 * worst `PROBLEM_TILES_SHOWN` checks that are not UP. UP checks stay folded into their service.
 */
export async function readHealthSummary({ db, ctx, now = new Date() }: ReadCall): Promise<HealthSummaryDto> {
  assertRole(ctx, "VIEWER");
  const worker = await getWorkerStatus({ db, now });
  const notRunning = !worker.running;
  const [counts, problems] = await Promise.all([
    db.$queryRaw<CountRow[]>`${shownCte(now)}
      SELECT s.id, s.slug, s.name, s.tier::text AS tier, sh.state, count(*)::int AS n,
        count(*) FILTER (WHERE NOT c.paused AND (${notRunning}
          OR coalesce(c."lastCheckedAt", c."createdAt") + make_interval(secs => 2 * c."intervalSeconds" + 30) < ${now})
        )::int AS stale
      FROM shown sh JOIN "Check" c ON c.id = sh.id JOIN "Service" s ON s.id = sh."serviceId"
      GROUP BY s.id, sh.state`,
    db.$queryRaw<ProblemRow[]>`${shownCte(now)}
      SELECT c.id, c."serviceId", c.name, c.kind::text AS kind, sh.state, c."stateSince", c."lastCheckedAt",
        c."lastLatencyMs", c."lastMessage", c."intervalSeconds", c.paused, c."createdAt"
      FROM shown sh JOIN "Check" c ON c.id = sh.id JOIN "Service" s ON s.id = sh."serviceId"
      WHERE sh.state <> 'UP' OR (SELECT count(*) FROM "Check") <= ${FOLD_ABOVE} ORDER BY ${RANK}, s.name, c.name, c.id LIMIT ${PROBLEM_TILES_SHOWN}`,
  ]);
  const services = new Map<string, ServiceSummaryDto>();
  const byState = emptyCounts();
  let stale = 0;
  for (const r of counts) {
    const s = services.get(r.id) ?? {
      id: r.id,
      slug: r.slug,
      name: r.name,
      tier: r.tier,
      state: r.state,
      total: 0,
      byState: {},
      stale: 0,
      checks: [],
    };
    s.total += r.n;
    s.stale += r.stale;
    s.byState[r.state] = r.n;
    if (stateRank(r.state) < stateRank(s.state)) s.state = r.state;
    services.set(r.id, s);
    byState[r.state] += r.n;
    stale += r.stale;
  }
  const histories = new Map(
    (
      await readTileHistories(
        db,
        problems.map((p) => p.id),
        now,
      )
    ).map((h) => [h.id, h]),
  );
  for (const p of problems)
    services.get(p.serviceId)?.checks.push(tileDto(p, histories.get(p.id), now.getTime(), worker.running));
  for (const s of services.values())
    s.checks.sort((a, b) => stateRank(a.state) - stateRank(b.state) || byName(a.name, b.name));
  const total = counts.reduce((t, r) => t + r.n, 0);
  return {
    counts: { total, byState, stale },
    services: [...services.values()].sort((a, b) => stateRank(a.state) - stateRank(b.state) || byName(a.name, b.name)),
    problems: { total: total - byState.UP, shown: problems.filter((p) => p.state !== "UP").length },
  };
}
