import type { DatabaseDto, InsightsDto, TerminatedDto } from "@opsdeck/core/database/dto";
import type { MetricRead, MetricSeriesInfo } from "@opsdeck/core/metric/index";
import { CONNECTION_STATES, PROBLEM_CODES } from "@opsdeck/integrations/pg-insights/index";
import { z } from "zod";

/* Response schemas of the database and metric routes. */

const ZIsoDate = z.string().describe("ISO 8601 date-time");
const ZProblem = z
  .object({ code: z.enum(PROBLEM_CODES), message: z.string() })
  .describe("Why a panel has no data: unreachable, credentials refused, extension missing, privilege missing…");

/** A panel: its data, or the problem that stopped it. */
const section = <T extends z.ZodType>(data: T) =>
  z.union([z.object({ ok: z.literal(true), data }), z.object({ ok: z.literal(false), problem: ZProblem })]);

export const ZDatabaseOut = z.object({
  id: z.string().describe("check-<check id> or target-<target id>"),
  name: z.string(),
  source: z.object({ kind: z.enum(["check", "target"]), id: z.string() }),
  service: z.object({ slug: z.string(), name: z.string() }).nullable(),
  address: z.string().nullable().describe("host:port/database as last sampled; never credentials"),
  sampledAt: ZIsoDate.nullable(),
  problem: ZProblem.nullable().describe("The last sample's fault"),
}) satisfies z.ZodType<DatabaseDto>;

const ZBackend = z.object({
  pid: z.number().int(),
  user: z.string().nullable(),
  application: z.string().nullable(),
  client: z.string().nullable(),
  state: z.string(),
  backendStart: ZIsoDate,
  since: ZIsoDate.describe("The transaction's start when idle in one, else the query's"),
  seconds: z.number().int(),
  waitEvent: z.string().nullable(),
  query: z.string(),
});

const ZTableSize = z.object({
  table: z.string(),
  totalBytes: z.number(),
  tableBytes: z.number(),
  indexBytes: z.number(),
  rowEstimate: z.number(),
  growthBytes: z.number().nullable(),
});

export const ZTrend = z.object({
  label: z.string(),
  points: z.array(z.object({ at: ZIsoDate, value: z.number().nullable() })),
});

export const ZInsightsOut = z.object({
  database: ZDatabaseOut,
  range: z.enum(["1h", "24h", "7d", "30d", "90d"]),
  longRunningSeconds: z.number().int(),
  readAt: ZIsoDate,
  server: z.object({ version: z.string(), user: z.string() }).nullable(),
  connections: section(
    z.object({
      maxConnections: z.number().int(),
      reservedConnections: z.number().int(),
      serverTotal: z.number().int(),
      states: z.record(z.enum(CONNECTION_STATES), z.number().int()),
    }),
  ),
  longRunning: section(z.array(ZBackend)),
  slowQueries: section(
    z.object({
      since: ZIsoDate.nullable(),
      sinceReset: z.boolean(),
      totalMs: z.number(),
      queries: z.array(
        z.object({
          queryId: z.string(),
          query: z.string(),
          calls: z.number(),
          totalMs: z.number(),
          meanMs: z.number(),
          rows: z.number(),
          share: z.number(),
        }),
      ),
    }),
  ),
  sizes: section(
    z.object({ databaseBytes: z.number(), databaseGrowthBytes: z.number().nullable(), tables: z.array(ZTableSize) }),
  ),
  indexes: section(
    z.object({
      unused: z.array(z.object({ index: z.string(), table: z.string(), bytes: z.number() })),
      duplicates: z.array(
        z.object({
          index: z.string(),
          coveredBy: z.string(),
          table: z.string(),
          bytes: z.number(),
          definition: z.string(),
        }),
      ),
      countedSince: ZIsoDate.nullable(),
    }),
  ),
  cache: section(
    z.object({
      tableHitRatio: z.number().nullable(),
      indexHitRatio: z.number().nullable(),
      blocksHit: z.number(),
      blocksRead: z.number(),
    }),
  ),
  vacuum: section(
    z.object({
      deadTuples: z.number(),
      liveTuples: z.number(),
      tables: z.array(
        z.object({
          table: z.string(),
          liveTuples: z.number(),
          deadTuples: z.number(),
          lastVacuum: ZIsoDate.nullable(),
          lastAutovacuum: ZIsoDate.nullable(),
          lastAnalyze: ZIsoDate.nullable(),
          lastAutoanalyze: ZIsoDate.nullable(),
        }),
      ),
    }),
  ),
  trends: z.object({
    from: ZIsoDate,
    to: ZIsoDate,
    stepSeconds: z.number().int(),
    connections: z.array(ZTrend).describe("Peak connections per bucket, one series per state"),
    maxConnections: z.number().nullable(),
    databaseSize: ZTrend.nullable(),
    tableSizes: z.array(ZTrend),
    cacheHitRatio: ZTrend.nullable(),
    deadTuples: ZTrend.nullable(),
  }),
}) satisfies z.ZodType<InsightsDto>;

export const ZTerminatedOut = z.object({
  pid: z.number().int(),
  terminated: z.literal(true),
  user: z.string().nullable(),
  application: z.string().nullable(),
}) satisfies z.ZodType<TerminatedDto>;

const ZLabels = z.record(z.string(), z.string());

export const ZMetricReadOut = z.object({
  from: ZIsoDate,
  to: ZIsoDate,
  stepSeconds: z.number().int(),
  source: z
    .enum(["raw", "MINUTE", "HOUR", "DAY"])
    .describe("Raw points, or the rollups the buckets were computed from"),
  series: z.array(
    z.object({
      name: z.string(),
      labels: ZLabels,
      kind: z.enum(["GAUGE", "COUNTER"]),
      unit: z.string().nullable(),
      points: z.array(
        z.object({
          at: ZIsoDate.describe("The bucket's start"),
          avg: z.number().nullable(),
          min: z.number().nullable(),
          max: z.number().nullable(),
          last: z.number().nullable(),
        }),
      ),
    }),
  ),
}) satisfies z.ZodType<MetricRead>;

export const ZMetricSeriesInfoOut = z.object({
  name: z.string(),
  labels: ZLabels,
  kind: z.enum(["GAUGE", "COUNTER"]),
  unit: z.string().nullable(),
  lastAt: ZIsoDate.nullable(),
  lastValue: z.number().nullable(),
}) satisfies z.ZodType<MetricSeriesInfo>;
