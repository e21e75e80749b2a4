import { RAW_RETENTION_DAYS, ROLLUP_RETENTION_DAYS } from "@opsdeck/core/check/constants";
import { ROLLUP_PERIODS } from "@opsdeck/core/check/rollup";
import type { Db } from "@opsdeck/db";

const DAY_MS = 86_400_000;

export type Retention = { rawDays: number; rollupDays: Record<"MINUTE" | "HOUR" | "DAY", number> };

export const DEFAULT_RETENTION: Retention = { rawDays: RAW_RETENTION_DAYS, rollupDays: { ...ROLLUP_RETENTION_DAYS } };

/** Delete raw results and rollups past their retention; run periodically by the maintenance jobs. */
export async function pruneCheckData(db: Db, now: Date, retention: Retention = DEFAULT_RETENTION) {
  const rawBefore = new Date(now.getTime() - retention.rawDays * DAY_MS);
  const results = await db.$executeRaw`DELETE FROM "CheckResult" WHERE at < ${rawBefore}::timestamptz`;
  let rollups = 0;
  for (const period of ROLLUP_PERIODS) {
    const before = new Date(now.getTime() - retention.rollupDays[period] * DAY_MS);
    rollups +=
      await db.$executeRaw`DELETE FROM "CheckRollup" WHERE period = ${period}::"RollupPeriod" AND "bucketStart" < ${before}::timestamptz`;
  }
  return { results, rollups };
}
