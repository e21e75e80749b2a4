import type { Db } from "@opsdeck/db";
import { isCurrentPeriod } from "../checklist/open-run.ts";
import { periodKey } from "../checklist/period.ts";

export type MissedChecklistDto = { slug: string; name: string; periodKey: string; missedAt: string };

export type ChecklistsTodayDto = {
  /** Today in the viewer's zone, for the label. */
  periodKey: string;
  /** Daily checklists, and how many of them have today's run (in each checklist's zone) signed off. */
  due: number;
  signedOff: number;
  /** Runs of any cadence whose grace ran out unsigned while their period is still on: the red ones. */
  missed: MissedChecklistDto[];
};

const WEEK_MS = 7 * 86_400_000;

export async function checklistsToday(db: Db, now: Date, tz: string): Promise<ChecklistsTodayDto> {
  const [daily, unsigned] = await Promise.all([
    db.checklistTemplate.findMany({
      where: { cadence: "DAILY", archivedAt: null },
      select: { id: true, timeZone: true },
    }),
    db.checklistRun.findMany({
      where: {
        signedOffAt: null,
        // A quarterly run can stay missed (and red) until its quarter ends: runs missed long ago are history.
        missAfter: { lte: now, gte: new Date(now.getTime() - 13 * WEEK_MS) },
        template: { archivedAt: null },
      },
      select: {
        periodKey: true,
        missAfter: true,
        missedAt: true,
        template: { select: { slug: true, name: true, cadence: true, timeZone: true } },
      },
      orderBy: { missAfter: "asc" },
    }),
  ]);
  const signedOff = daily.length
    ? await db.checklistRun.count({
        where: {
          signedOffAt: { not: null },
          OR: daily.map((t) => ({ templateId: t.id, periodKey: periodKey("DAILY", now, t.timeZone) })),
        },
      })
    : 0;
  const missed = unsigned
    .filter((r) => isCurrentPeriod(r.template, r.periodKey, now))
    .map((r) => ({
      slug: r.template.slug,
      name: r.template.name,
      periodKey: r.periodKey,
      missedAt: (r.missedAt ?? r.missAfter ?? now).toISOString(),
    }));
  return { periodKey: periodKey("DAILY", now, tz), due: daily.length, signedOff, missed };
}
