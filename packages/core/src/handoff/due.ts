import type { Db } from "@opsdeck/db";
import { SCHEDULE_INCLUDE } from "../schedule/dto.ts";
import { layerHandoffs } from "./internal.ts";
import { HANDOFF_WINDOW_MS } from "./schemas.ts";

/** A shift that has started and whose handoff message is not yet claimed. */
export type DueHandoff = {
  scheduleId: string;
  schedule: string;
  timeZone: string;
  layerId: string;
  layer: string;
  startsAt: Date;
  /** The incoming person, and the outgoing one (null at a rotation's first shift). */
  userId: string;
  fromUserId: string | null;
};

/**
 * Layers whose current shift (a turn or an override) started at most 15 minutes before `now` and has
 * no handoff row yet. A shift that started earlier gets none: a worker down for longer sends nothing stale.
 */
export async function dueHandoffs({ db, now = new Date() }: { db: Db; now?: Date }): Promise<DueHandoff[]> {
  const schedules = await db.onCallSchedule.findMany({ include: SCHEDULE_INCLUDE, orderBy: [{ name: "asc" }] });
  const handoffs = await layerHandoffs(db, schedules, now);
  const fresh = schedules.flatMap((s) =>
    s.layers.flatMap((l) => {
      const h = handoffs.get(l.id);
      const c = h?.current;
      if (!c || now.getTime() - c.startsAt.getTime() > HANDOFF_WINDOW_MS) return [];
      const due: DueHandoff = {
        scheduleId: s.id,
        schedule: s.name,
        timeZone: s.timeZone,
        layerId: l.id,
        layer: l.name,
        startsAt: c.startsAt,
        userId: c.userId,
        fromUserId: h.previous?.userId ?? null,
      };
      return [due];
    }),
  );
  if (!fresh.length) return [];
  const sent = await db.onCallHandoffMessage.findMany({
    where: { OR: fresh.map((d) => ({ layerId: d.layerId, startsAt: d.startsAt })) },
    select: { layerId: true, startsAt: true },
  });
  const taken = new Set(sent.map((r) => `${r.layerId}@${r.startsAt.getTime()}`));
  return fresh.filter((d) => !taken.has(`${d.layerId}@${d.startsAt.getTime()}`));
}
