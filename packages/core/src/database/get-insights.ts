import type { Db } from "@opsdeck/db";
import {
  readCache,
  readConnections,
  readIndexes,
  readLongRunning,
  readSizes,
  readVacuum,
  type Section,
  type Sizes,
  withPgSession,
} from "@opsdeck/integrations";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { InsightsDto, SizesDto, TrendsDto } from "./dto.ts";
import { loadDatabase } from "./list.ts";
import { type TGetDatabaseInsights, ZGetDatabaseInsights } from "./schemas.ts";
import { readSlowQueries } from "./slow-queries.ts";
import { connectionUrlOf } from "./sources.ts";
import { growthOf, readTrends } from "./trends.ts";

export type InsightsDeps = { secretKey?: Buffer; timeoutMs?: number };

function withGrowth(sizes: Section<Sizes>, trends: TrendsDto): Section<SizesDto> {
  if (!sizes.ok) return sizes;
  const byTable = new Map(trends.tableSizes.map((t) => [t.label, t]));
  return {
    ok: true,
    data: {
      databaseBytes: sizes.data.databaseBytes,
      databaseGrowthBytes: growthOf(trends.databaseSize),
      tables: sizes.data.tables.map((t) => ({ ...t, growthBytes: growthOf(byTable.get(t.table)) })),
    },
  };
}

/**
 * Everything the insights page shows of one database (VIEWER): its panels read live from the database
 * over one short connection, each with its own fault, and its trends from the sampled series. An
 * unreachable database, a missing extension or a missing privilege is a panel's problem, never an error.
 */
export async function getDatabaseInsights({
  db,
  ctx,
  input,
  deps,
  now = new Date(),
}: {
  db: Db;
  ctx: AnyCtx;
  input: TGetDatabaseInsights;
  deps: InsightsDeps;
  now?: Date;
}): Promise<InsightsDto> {
  assertRole(ctx, "VIEWER");
  const q = parseInput(ZGetDatabaseInsights, input);
  const { source, dto } = await loadDatabase(db, q.id);
  const trends = await readTrends(db, q.id, q.range, now);
  const url = await connectionUrlOf(db, deps.secretKey, source);
  const live = url.ok
    ? await withPgSession(
        url.url,
        async (s) => ({
          server: { version: s.info.version, user: s.info.user },
          connections: await s.read(readConnections),
          longRunning: await s.read(readLongRunning(q.longRunningSeconds)),
          slowQueries: await readSlowQueries(db, s, q.id, new Date(trends.from)),
          sizes: withGrowth(await s.read(readSizes), trends),
          indexes: await s.read(readIndexes),
          cache: await s.read(readCache),
          vacuum: await s.read(readVacuum),
        }),
        { timeoutMs: deps.timeoutMs },
      )
    : url;
  const base = {
    database: dto,
    range: q.range,
    longRunningSeconds: q.longRunningSeconds,
    readAt: now.toISOString(),
    trends,
  };
  if (live.ok) return { ...base, ...live.value };
  const down = { ok: false as const, problem: live.problem };
  return {
    ...base,
    server: null,
    connections: down,
    longRunning: down,
    slowQueries: down,
    sizes: down,
    indexes: down,
    cache: down,
    vacuum: down,
  };
}
