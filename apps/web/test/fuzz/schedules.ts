import { createCalendarFeed } from "@opsdeck/core/calendar-feed/create";
import { addOverride } from "@opsdeck/core/schedule/add-override";
import { createSchedule } from "@opsdeck/core/schedule/create";
import { ctxOf, type TestUser } from "@opsdeck/core/testing";
import type { TestDb } from "@opsdeck/db/testing";

const DAY_MS = 86_400_000;

/**
 * Keep a schedule with two layers, one override and one calendar feed for generated reads, overrides and deletes to find;
 * past three overrides the oldest go, so that generated ones (within the next 30 days) can still fit.
 */
export async function replenishSchedules(db: TestDb["db"], admin: TestUser): Promise<void> {
  const ctx = ctxOf(admin);
  // Its own schedule, by name: a generated one need not have a "primary" layer.
  let schedule = await db.onCallSchedule.findFirst({ where: { name: "Fuzz rotation" }, select: { id: true } });
  if (!schedule) {
    const layer = { startsAt: "2020-01-06T09:00:00Z", members: [admin.email] };
    schedule = await createSchedule({
      db,
      ctx,
      input: {
        name: "Fuzz rotation",
        timeZone: "Europe/Berlin",
        layers: [
          { ...layer, name: "primary", handoff: { every: "week", at: "09:00", weekday: "monday" } },
          { ...layer, name: "secondary", handoff: { every: "day", at: "18:00" } },
        ],
      },
    });
  }
  const overrides = await db.onCallOverride.findMany({ orderBy: { createdAt: "asc" }, select: { id: true } });
  if (overrides.length > 3)
    await db.onCallOverride.deleteMany({ where: { id: { in: overrides.slice(0, -3).map((o) => o.id) } } });
  const layers = await db.onCallLayer.findMany({ where: { scheduleId: schedule.id }, select: { id: true } });
  if (!(await db.onCallOverride.count({ where: { layerId: { in: layers.map((l) => l.id) } } }))) {
    const startsAt = new Date(Date.now() + 60 * DAY_MS).toISOString();
    const endsAt = new Date(Date.now() + 61 * DAY_MS).toISOString();
    await addOverride({ db, ctx, input: { id: schedule.id, layer: "primary", email: admin.email, startsAt, endsAt } });
  }
  // A feed for generated revokes to find.
  if (!(await db.calendarFeed.count({ where: { revokedAt: null } })))
    await createCalendarFeed({ db, ctx, input: { schedule: schedule.id }, baseUrl: "http://127.0.0.1" });
}

export const SCHEDULE_ID_SQL = {
  schedule: `SELECT id AS v FROM "OnCallSchedule" ORDER BY name, id`,
  // An override of the schedule named before it in the path.
  "schedule-override": `SELECT o.id AS v FROM "OnCallOverride" o JOIN "OnCallLayer" l ON l.id = o."layerId"
    WHERE l."scheduleId" = $1 ORDER BY o."startsAt", o.id`,
};
