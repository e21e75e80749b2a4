import type { Db } from "@opsdeck/db";
import type { ReportPeriod } from "../report/period.ts";

/** One page as the report counts it: a step of an incident's escalation that reached one person. */
export type PageRow = { incidentId: string; userId: string; round: number; step: number; sentAt: Date };

/** Who acknowledged an incident and when; `byUserId` null when the acknowledgement names nobody. */
export type AckRow = { incidentId: string; at: Date; byUserId: string | null };

export type OnCallRows = {
  pages: PageRow[];
  /** The first page that reached each person on each incident paged in the period, ever: key `incidentId userId`. */
  firstPages: Map<string, Date>;
  acks: Map<string, AckRow>;
  users: Map<string, { id: string; name: string | null; email: string }>;
};

export const pairKey = (incidentId: string, userId: string) => `${incidentId} ${userId}`;

/**
 * Pages whose first delivered send falls in the period. An incident has one escalation, so a page is
 * (incident, round, step, person): one row per contact method, counted once at its earliest `ok` send;
 * a step whose every send failed never reached the person and is left out.
 */
async function pagesIn(db: Db, period: ReportPeriod): Promise<PageRow[]> {
  return db.$queryRaw<PageRow[]>`
    SELECT "incidentId", "userId", round, step, MIN("sentAt") AS "sentAt"
    FROM "IncidentPage"
    WHERE ok AND "sentAt" >= ${new Date(period.start.getTime() - 86_400_000)} AND "sentAt" < ${period.end}
    GROUP BY "incidentId", "userId", round, step
    HAVING MIN("sentAt") >= ${period.start} AND MIN("sentAt") < ${period.end}
    ORDER BY MIN("sentAt"), "incidentId", "userId", round, step`;
}

async function firstPagesOf(db: Db, incidentIds: string[]): Promise<Map<string, Date>> {
  const rows = await db.incidentPage.groupBy({
    by: ["incidentId", "userId"],
    where: { ok: true, incidentId: { in: incidentIds } },
    _min: { sentAt: true },
  });
  return new Map(rows.map((r) => [pairKey(r.incidentId, r.userId), r._min.sentAt as Date]));
}

/** The acknowledgement of each incident: `acknowledgedAt`, by the author of its (last) "acknowledged" event. */
async function acksOf(db: Db, incidentIds: string[]): Promise<Map<string, AckRow>> {
  const rows = await db.incident.findMany({
    where: { id: { in: incidentIds }, acknowledgedAt: { not: null } },
    select: {
      id: true,
      acknowledgedAt: true,
      events: {
        where: { kind: "acknowledged" },
        orderBy: [{ at: "desc" }, { createdAt: "desc" }],
        take: 1,
        select: { authorId: true },
      },
    },
  });
  return new Map(
    rows.map((r) => [
      r.id,
      { incidentId: r.id, at: r.acknowledgedAt as Date, byUserId: r.events[0]?.authorId ?? null },
    ]),
  );
}

/** What the on-call report reads: three queries over the period's pages and one for the people. */
export async function loadOnCallRows(db: Db, period: ReportPeriod): Promise<OnCallRows> {
  const pages = await pagesIn(db, period);
  const incidentIds = [...new Set(pages.map((p) => p.incidentId))];
  const [firstPages, acks, users] = await Promise.all([
    firstPagesOf(db, incidentIds),
    acksOf(db, incidentIds),
    db.user.findMany({
      where: { id: { in: [...new Set(pages.map((p) => p.userId))] } },
      select: { id: true, name: true, email: true },
    }),
  ]);
  return { pages, firstPages, acks, users: new Map(users.map((u) => [u.id, u])) };
}
