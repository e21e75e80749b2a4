import type {
  Backend,
  CacheStats,
  Connections,
  IndexReport,
  Problem,
  Section,
  TableSize,
  VacuumReport,
} from "@opsdeck/integrations";
import type { THealthRange } from "../check/schemas.ts";
import type { DatabaseSourceKind } from "./refs.ts";

export type { Backend, CacheStats, Connections, IndexReport, Problem, Section, TableSize, VacuumReport };

/** A monitored database as lists show it (never its connection URL). */
export type DatabaseDto = {
  id: string;
  name: string;
  source: { kind: DatabaseSourceKind; id: string };
  service: { slug: string; name: string } | null;
  /** host:port/database as last sampled. */
  address: string | null;
  sampledAt: string | null;
  /** The last sample's fault, if it had one. */
  problem: Problem | null;
};

export type SlowQuery = {
  queryId: string;
  query: string;
  calls: number;
  totalMs: number;
  meanMs: number;
  rows: number;
  /** Share of the window's total statement time. */
  share: number;
};

export type SlowQueries = {
  /** Start of the measured window: a stored snapshot's time, the statistics' reset, or null (unknown). */
  since: string | null;
  /** True when no snapshot old enough exists yet, so the figures run from the counters' reset. */
  sinceReset: boolean;
  totalMs: number;
  queries: SlowQuery[];
};

export type SizesDto = {
  databaseBytes: number;
  /** Growth over the range from the sampled series; null before two samples exist. */
  databaseGrowthBytes: number | null;
  tables: (TableSize & { growthBytes: number | null })[];
};

export type TrendPoint = { at: string; value: number | null };
export type TrendSeries = { label: string; points: TrendPoint[] };

export type TrendsDto = {
  from: string;
  to: string;
  stepSeconds: number;
  /** Peak connections per bucket, one series per state. */
  connections: TrendSeries[];
  maxConnections: number | null;
  databaseSize: TrendSeries | null;
  tableSizes: TrendSeries[];
  cacheHitRatio: TrendSeries | null;
  deadTuples: TrendSeries | null;
};

export type InsightsDto = {
  database: DatabaseDto;
  range: THealthRange;
  longRunningSeconds: number;
  readAt: string;
  /** The server as the live read found it; null when it could not connect. */
  server: { version: string; user: string } | null;
  connections: Section<Connections>;
  longRunning: Section<Backend[]>;
  slowQueries: Section<SlowQueries>;
  sizes: Section<SizesDto>;
  indexes: Section<IndexReport>;
  cache: Section<CacheStats>;
  vacuum: Section<VacuumReport>;
  trends: TrendsDto;
};

export type TerminatedDto = { pid: number; terminated: true; user: string | null; application: string | null };
