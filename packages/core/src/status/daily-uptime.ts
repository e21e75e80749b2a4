import type { Db } from "@opsdeck/db";
import { dailyBar, uptimeFraction } from "../check/uptime.ts";

const D = 86_400_000;
export const STATUS_DAYS = 90;

type DayRow = { serviceId: string; bucketStartMs: number; count: number; upCount: number; degradedCount: number };
export type DailyUptime = { uptime90: number | null; days: { date: string; uptime: number | null }[] };

/**
 * Each service's up fraction per UTC day over the last 90 days, from its checks' DAY rollups (summed
 * over its checks, degraded counted as up as everywhere else). One range per check through the rollup key.
 */
export async function readDailyUptime(
  db: Db,
  serviceIds: readonly string[],
  now: Date,
): Promise<Map<string, DailyUptime>> {
  const nowMs = now.getTime();
  const first = nowMs - (nowMs % D) - (STATUS_DAYS - 1) * D;
  const rows =
    serviceIds.length === 0
      ? []
      : await db.$queryRaw<DayRow[]>`
        SELECT c."serviceId", (extract(epoch FROM x."bucketStart") * 1000)::float8 AS "bucketStartMs",
          x.count, x."upCount", x."degradedCount"
        FROM "Check" c CROSS JOIN LATERAL (SELECT r."bucketStart", r.count, r."upCount", r."degradedCount" FROM "CheckRollup" r
          WHERE r."checkSeq" = c.seq AND r.period = 'DAY' AND r."bucketStart" >= ${new Date(first)}) x
        WHERE c."serviceId" = ANY(${[...serviceIds]}::text[])`;
  const dates = Array.from({ length: STATUS_DAYS }, (_, i) => new Date(first + i * D).toISOString().slice(0, 10));
  const out = new Map<string, DailyUptime>();
  for (const id of serviceIds) {
    const own = rows.filter((r) => r.serviceId === id);
    const total = own.reduce(
      (t, r) => ({
        count: t.count + r.count,
        upCount: t.upCount + r.upCount,
        degradedCount: t.degradedCount + r.degradedCount,
      }),
      { count: 0, upCount: 0, degradedCount: 0 },
    );
    const bar = dailyBar(own, nowMs, STATUS_DAYS);
    out.set(id, { uptime90: uptimeFraction(total), days: dates.map((date, i) => ({ date, uptime: bar[i] ?? null })) });
  }
  return out;
}
