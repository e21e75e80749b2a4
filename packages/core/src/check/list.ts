import type { CheckKind, CheckState, Db, ServiceTier } from "@opsdeck/db";
import { getWorkerStatus } from "../health/worker-status.ts";
import { encodeCursor, type Key, type Keyset, readCursor } from "../page/keyset.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type CheckCountsDto, countCheckStates } from "./counts.ts";
import { activeMaintenance, shownState } from "./maintenance.ts";
import { type TListCheckTiles, ZListCheckTiles } from "./schemas.ts";
import { tileDto } from "./tile-dto.ts";
import { readTileHistories, type TileHistoryPatch, type TileStatePatch, type TileStateRow } from "./tile-patches.ts";
import { stateRank } from "./tiles.ts";

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
export type CheckTilesDto = {
  services: ServiceTilesDto[];
  /** Checks that match the search and state filter, on every page. */
  total: number;
  /** More matching checks follow this page (`next` names them). */
  truncated: boolean;
  /** Every check by the state it shows, whatever the filters and the page: the headline's numbers. */
  counts: CheckCountsDto;
  next: string | null;
};

const byName = new Intl.Collator("en").compare;
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type TileRow = TileStateRow & {
  name: string;
  kind: CheckKind;
  serviceSlug: string;
  serviceName: string;
  serviceTier: ServiceTier;
};
type Shown = Omit<TileRow, "health">;

/** The two orders of the list, as the keys their cursors carry; the check's id makes each total. */
const ORDERS = {
  worst: {
    keyset: {
      list: "checks.worst",
      fields: [
        { field: "rank", type: "int" },
        { field: "serviceName", type: "string" },
        { field: "name", type: "string" },
        { field: "id", type: "string" },
      ],
    },
    key: (c: Shown): Key => [stateRank(c.state), c.serviceName, c.name, c.id],
  },
  name: {
    keyset: {
      list: "checks.name",
      fields: [
        { field: "serviceName", type: "string" },
        { field: "serviceId", type: "string" },
        { field: "name", type: "string" },
        { field: "id", type: "string" },
      ],
    },
    key: (c: Shown): Key => [c.serviceName, c.serviceId, c.name, c.id],
  },
} satisfies Record<string, { keyset: Keyset; key: (c: Shown) => Key }>;

/** Keys compare field by field: numbers as numbers, names as the panel sorts them, ids by code unit. */
function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    const last = i === a.length - 1;
    const d =
      typeof x === "number" && typeof y === "number"
        ? x - y
        : last
          ? byCode(String(x), String(y))
          : byName(String(x), String(y)) || byCode(String(x), String(y));
    if (d) return d;
  }
  return 0;
}

/**
 * The health panel: checks' state, uptime bar and sparkline, grouped by service, worst first (or by
 * name), a page at a time. Reads one light row per check (state from the worker's writes), sorts and
 * pages them here, then the history (CheckTileHistory) of the page's checks only; the headline counts
 * come from one aggregate over every check.
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
  const { q, service, state, limit, cursor, order } = parseInput(ZListCheckTiles, input);
  const { keyset, key } = ORDERS[order];
  const after = readCursor(keyset, cursor);
  const nowMs = now.getTime();
  const like = q ? `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` : null;
  // One plain query: Prisma's relation loading cost more than the whole read at 2,000 checks.
  const [rows, maint, worker, counts] = await Promise.all([
    db.$queryRaw<TileRow[]>`
      SELECT c.id, c."serviceId", c.name, c.kind::text AS kind, c.state::text AS state, c.health::text AS health, c."stateSince", c."lastCheckedAt",
        c."lastLatencyMs", c."lastMessage", c."intervalSeconds", c.paused, c."createdAt",
        s.slug AS "serviceSlug", s.name AS "serviceName", s.tier::text AS "serviceTier"
      FROM "Check" c JOIN "Service" s ON s.id = c."serviceId"
      WHERE (${like}::text IS NULL OR c.name ILIKE ${like} OR s.name ILIKE ${like} OR s.slug ILIKE ${like})
        AND (${service ?? null}::text IS NULL OR s.slug = ${service ?? null})`,
    activeMaintenance(db, now),
    getWorkerStatus({ db, now }),
    countCheckStates({ db, ctx, now }),
  ]);
  const checks = rows
    .map(({ health, ...c }): Shown => ({ ...c, state: shownState(maint, { ...c, health }) }))
    .filter((c) => !state || c.state === state)
    .map((c) => ({ c, k: key(c) }))
    .sort((x, y) => compareKeys(x.k, y.k));
  const start = after ? firstAfter(checks, after) : 0;
  const page = checks.slice(start, start + limit);
  const more = start + page.length < checks.length;
  const last = page.at(-1);
  const histories = new Map(
    (
      await readTileHistories(
        db,
        page.map(({ c }) => c.id),
        now,
      )
    ).map((h) => [h.id, h]),
  );
  const services = new Map<string, ServiceTilesDto>();
  for (const { c } of page) {
    const tile = tileDto(c, histories.get(c.id), nowMs, worker.running);
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
  return {
    services: [...services.values()],
    total: checks.length,
    truncated: more,
    counts,
    next: more && last ? encodeCursor(keyset, last.k) : null,
  };
}

/** The index of the first check after the cursor's key (binary search: the checks are sorted by key). */
function firstAfter(checks: { k: Key }[], after: Key): number {
  let lo = 0;
  let hi = checks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKeys((checks[mid] as { k: Key }).k, after) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
