import type { Db, Prisma } from "@opsdeck/db";
import type { StatementCounters } from "@opsdeck/integrations";
import type { SnapshotEntry, StatementSnapshot } from "./statement-diff.ts";

export const toEntries = (c: StatementCounters): SnapshotEntry[] =>
  c.entries.map((e) => [e.key, e.calls, e.totalMs, e.rows]);

const toSnapshot = (row: { at: Date; statsReset: Date | null; entries: unknown }): StatementSnapshot => ({
  at: row.at.toISOString(),
  statsReset: row.statsReset?.toISOString() ?? null,
  entries: row.entries as SnapshotEntry[],
});

/**
 * The snapshot a window starting at `from` is measured against: the last one taken at or before it, or
 * else the first one after it (the window then starts later); null when there is none.
 */
export async function baselineSnapshot(db: Db, ref: string, from: Date): Promise<StatementSnapshot | null> {
  const select = { at: true, statsReset: true, entries: true } as const;
  const before = await db.pgStatementSnapshot.findFirst({
    where: { ref, at: { lte: from } },
    orderBy: { at: "desc" },
    select,
  });
  const row =
    before ??
    (await db.pgStatementSnapshot.findFirst({ where: { ref, at: { gt: from } }, orderBy: { at: "asc" }, select }));
  return row && toSnapshot(row);
}

export async function latestSnapshotAt(db: Db, ref: string): Promise<Date | null> {
  const row = await db.pgStatementSnapshot.findFirst({ where: { ref }, orderBy: { at: "desc" }, select: { at: true } });
  return row?.at ?? null;
}

export async function saveSnapshot(tx: Prisma.TransactionClient, ref: string, at: Date, c: StatementCounters) {
  await tx.pgStatementSnapshot.create({
    data: { ref, at, statsReset: c.statsReset ? new Date(c.statsReset) : null, entries: toEntries(c) },
  });
}

const DAY = 86_400_000;

/**
 * Thin old snapshots as the windows they serve need them: all from the last day, the first of each hour
 * for a week, the first of each day for 90 days, none older.
 */
export async function thinSnapshots(db: Db, now: Date): Promise<number> {
  const day = new Date(now.getTime() - DAY);
  const week = new Date(now.getTime() - 7 * DAY);
  const keep = new Date(now.getTime() - 90 * DAY);
  return db.$executeRaw`
    DELETE FROM "PgStatementSnapshot" s USING (
      SELECT id, row_number() OVER (
          PARTITION BY ref, date_trunc(CASE WHEN at < ${week} THEN 'day' ELSE 'hour' END, at, 'UTC') ORDER BY at) AS n
        FROM "PgStatementSnapshot" WHERE at < ${day}) o
     WHERE s.id = o.id AND (o.n > 1 OR s.at < ${keep})`;
}
