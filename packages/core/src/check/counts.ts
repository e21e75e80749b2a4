import { type CheckState, type Db, Prisma } from "@opsdeck/db";
import type { ReadCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { STATE_ORDER } from "./tiles.ts";

/** How many checks show each state, and how many there are. */
export type CheckCountsDto = { total: number; byState: Record<CheckState, number> };

export const emptyCounts = (): Record<CheckState, number> =>
  Object.fromEntries(STATE_ORDER.map((s) => [s, 0])) as Record<CheckState, number>;

/**
 * `shown`: every check with the state the tiles show (`shownState`): MAINTENANCE under an active window
 * unless paused, else the probe's own state once a window has ended.
 */
export const shownCte = (now: Date) => Prisma.sql`
  WITH m AS (SELECT "checkId", "serviceId" FROM "MaintenanceWindow" WHERE "startsAt" <= ${now} AND "endsAt" > ${now}),
  shown AS (
    SELECT c.id, c.name, c."serviceId", CASE
      WHEN NOT c.paused AND (c.id IN (SELECT "checkId" FROM m WHERE "checkId" IS NOT NULL)
        OR c."serviceId" IN (SELECT "serviceId" FROM m WHERE "serviceId" IS NOT NULL)) THEN 'MAINTENANCE'
      WHEN c.state = 'MAINTENANCE' THEN c.health::text ELSE c.state::text END AS state
    FROM "Check" c)`;

export type ServiceStateCount = { serviceId: string; state: CheckState; n: number; firstId: string; firstName: string };

/** Checks per service and shown state, with the first of each group by name: one aggregate over every check. */
export const countShownStatesByService = (db: Db, now: Date): Promise<ServiceStateCount[]> =>
  db.$queryRaw<ServiceStateCount[]>`${shownCte(now)}
    SELECT "serviceId", state, count(*)::int AS n,
      (array_agg(id ORDER BY name, id))[1] AS "firstId", (array_agg(name ORDER BY name, id))[1] AS "firstName"
    FROM shown GROUP BY "serviceId", state`;

/** The headline's numbers: every check by the state it shows, never only those on a page of tiles. */
export async function countCheckStates({ db, ctx, now = new Date() }: ReadCall): Promise<CheckCountsDto> {
  assertRole(ctx, "VIEWER");
  const rows = await db.$queryRaw<{ state: CheckState; n: number }[]>`${shownCte(now)}
    SELECT state, count(*)::int AS n FROM shown GROUP BY state`;
  const byState = emptyCounts();
  for (const r of rows) byState[r.state] = r.n;
  return { total: rows.reduce((t, r) => t + r.n, 0), byState };
}
