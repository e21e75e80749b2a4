import { type Db, Prisma } from "@opsdeck/db";
import {
  type CacheStats,
  type Connections,
  type Problem,
  readCache,
  readConnections,
  readSizes,
  readStatementCounters,
  readVacuum,
  type Section,
  type Sizes,
  type VacuumReport,
  withPgSession,
} from "@opsdeck/integrations";
import { publishLive } from "../live/publish.ts";
import { labelsKey } from "../metric/labels.ts";
import { type MetricSample, writeMetricSamples } from "../metric/write.ts";
import { PG_SERIES } from "./series.ts";
import { latestSnapshotAt, saveSnapshot } from "./snapshots.ts";
import { connectionUrlOf, type DatabaseSource, listDatabaseSources } from "./sources.ts";

export type SampleDeps = {
  secretKey?: Buffer;
  /** How often each database is sampled; a worker claims a database once per interval. */
  intervalSeconds: number;
  /** pg_stat_statements snapshots are taken at most this often (they are larger). */
  statementsEverySeconds?: number;
  timeoutMs?: number;
};

/** Claim the database's next sample for this process; false when another took it within the interval. */
async function claim(db: Db, ref: string, now: Date, intervalSeconds: number): Promise<boolean> {
  const rows = await db.$queryRaw<{ ref: string }[]>`
    INSERT INTO "PgInsightState" (ref, "claimedAt", "updatedAt") VALUES (${ref}, ${now}, ${now})
    ON CONFLICT (ref) DO UPDATE SET "claimedAt" = EXCLUDED."claimedAt", "updatedAt" = EXCLUDED."updatedAt"
     WHERE "PgInsightState"."claimedAt" IS NULL
        OR "PgInsightState"."claimedAt" <= EXCLUDED."claimedAt" - make_interval(secs => ${intervalSeconds * 0.8})
    RETURNING ref`;
  return rows.length > 0;
}

type Read = {
  connections: Section<Connections>;
  sizes: Section<Sizes>;
  cache: Section<CacheStats>;
  vacuum: Section<VacuumReport>;
};

const service = (s: DatabaseSource): Record<string, string> => (s.service ? { service: s.service.slug } : {});

function samplesOf(source: DatabaseSource, at: Date, r: Read, previous: Map<string, number>): MetricSample[] {
  const database = source.ref;
  const out: MetricSample[] = [];
  const add = (name: string, value: number, extra: Record<string, string> = {}, more: Partial<MetricSample> = {}) =>
    out.push({ name, labels: { database, ...extra }, at, value, ...more });
  if (r.connections.ok) {
    const c = r.connections.data;
    for (const [state, n] of Object.entries(c.states))
      if (n > 0 || ["active", "idle", "idle in transaction"].includes(state))
        add(PG_SERIES.connections, n, { state }, { unit: "connections" });
    add(PG_SERIES.serverConnections, c.serverTotal, {}, { unit: "connections" });
    add(PG_SERIES.maxConnections, c.maxConnections, {}, { unit: "connections" });
    // The alert rules' input: one series per database, split by service like the application series.
    if (c.maxConnections > 0)
      add(PG_SERIES.connectionUsage, (100 * c.serverTotal) / c.maxConnections, service(source), { unit: "percent" });
  }
  if (r.sizes.ok) {
    add(PG_SERIES.databaseSize, r.sizes.data.databaseBytes, {}, { unit: "bytes" });
    for (const t of r.sizes.data.tables) add(PG_SERIES.tableSize, t.totalBytes, { table: t.table }, { unit: "bytes" });
  }
  if (r.cache.ok) {
    const { blocksHit, blocksRead } = r.cache.data;
    add(PG_SERIES.blocksHit, blocksHit, {}, { kind: "COUNTER", unit: "blocks" });
    add(PG_SERIES.blocksRead, blocksRead, {}, { kind: "COUNTER", unit: "blocks" });
    const hit = blocksHit - (previous.get(PG_SERIES.blocksHit) ?? Number.NaN);
    const read = blocksRead - (previous.get(PG_SERIES.blocksRead) ?? Number.NaN);
    // Only between two samples of the same counters: none after a reset, none without traffic.
    if (hit >= 0 && read >= 0 && hit + read > 0)
      add(PG_SERIES.cacheHitRatio, hit / (hit + read), {}, { unit: "ratio" });
  }
  if (r.vacuum.ok) add(PG_SERIES.deadTuples, r.vacuum.data.deadTuples, {}, { unit: "tuples" });
  return out;
}

async function previousCounters(db: Db, ref: string): Promise<Map<string, number>> {
  const rows = await db.metricSeries.findMany({
    where: { name: { in: [PG_SERIES.blocksHit, PG_SERIES.blocksRead] }, labelsKey: labelsKey({ database: ref }) },
    select: { name: true, lastValue: true },
  });
  return new Map(rows.flatMap((r) => (r.lastValue === null ? [] : [[r.name, r.lastValue] as const])));
}

/** The sample's fault worth recording: the connection's, else the first panel's (statements excepted: that is a hint). */
const firstProblem = (r: Read): Problem | null =>
  [r.connections, r.sizes, r.cache, r.vacuum].find((s) => !s.ok)?.problem ?? null;

async function finish(tx: Prisma.TransactionClient, ref: string, at: Date, address: string | null, p: Problem | null) {
  await tx.pgInsightState.update({
    where: { ref },
    data: { sampledAt: at, address, problem: p ?? Prisma.DbNull },
  });
}

/** Sample one database: series points, a statement snapshot when one is due, and its state, in one transaction. */
async function sampleOne(db: Db, deps: SampleDeps, source: DatabaseSource, now: Date): Promise<boolean> {
  const url = await connectionUrlOf(db, deps.secretKey, source);
  if (!url.ok) {
    await db.$transaction((tx) => finish(tx, source.ref, now, null, url.problem));
    return false;
  }
  const every = (deps.statementsEverySeconds ?? 300) * 1000;
  const last = await latestSnapshotAt(db, source.ref);
  const wantStatements = !last || now.getTime() - last.getTime() >= every * 0.95;
  const previous = await previousCounters(db, source.ref);
  const session = await withPgSession(
    url.url,
    async (s) => ({
      address: s.info.address,
      read: {
        connections: await s.read(readConnections),
        sizes: await s.read(readSizes),
        cache: await s.read(readCache),
        vacuum: await s.read(readVacuum),
      },
      statements: wantStatements ? await s.read(readStatementCounters) : null,
    }),
    { timeoutMs: deps.timeoutMs },
  );
  if (!session.ok) {
    await db.$transaction((tx) => finish(tx, source.ref, now, null, session.problem));
    return false;
  }
  const { address, read, statements } = session.value;
  await db.$transaction(async (tx) => {
    await writeMetricSamples(tx, samplesOf(source, now, read, previous));
    if (statements?.ok) await saveSnapshot(tx, source.ref, now, statements.data);
    await finish(tx, source.ref, now, address, firstProblem(read));
  });
  return firstProblem(read) === null;
}

/**
 * One round of the Postgres insights sampler: every monitored database whose sample is due and not
 * claimed by another worker is read (one at a time, each capped by its timeout), then one live event
 * tells open pages which were sampled. A database's fault is recorded on its state, never thrown.
 */
export async function sampleDatabases({
  db,
  deps,
  now = new Date(),
}: {
  db: Db;
  deps: SampleDeps;
  now?: Date;
}): Promise<{ sampled: string[]; failed: string[] }> {
  const sampled: string[] = [];
  const failed: string[] = [];
  for (const source of await listDatabaseSources(db)) {
    if (!(await claim(db, source.ref, now, deps.intervalSeconds))) continue;
    ((await sampleOne(db, deps, source, now)) ? sampled : failed).push(source.ref);
  }
  const ids = [...sampled, ...failed];
  if (ids.length) await db.$transaction((tx) => publishLive(tx, "database.sampled", { ids }));
  return { sampled, failed };
}
