import type { Db, Prisma } from "@opsdeck/db";
import { overrideOf, rotationOf, type ScheduleRow } from "../schedule/dto.ts";
import { OVERRIDE_REACH_MS, overridesBetween } from "../schedule/internal.ts";
import type { Shift } from "../schedule/layer-shifts.ts";
import { onCallAt } from "../schedule/on-call-at.ts";

const FAR = new Date("2100-01-01T00:00:00Z");

export type LayerHandoffs = {
  layer: ScheduleRow["layers"][number];
  /** Who holds the layer at `now`, and who holds it from the end of that shift on. */
  current: Shift | null;
  next: Shift | null;
  /** Who held it just before the current shift began. */
  previous: Shift | null;
};

/**
 * For each layer of the schedules: the shift at `now`, the one before it and the one after it
 * (overrides included). Before a rotation starts, "next" is its first shift.
 */
export async function layerHandoffs(
  db: Db | Prisma.TransactionClient,
  schedules: ScheduleRow[],
  now: Date,
): Promise<Map<string, LayerHandoffs>> {
  const layers = schedules.flatMap((s) => s.layers.map((l) => ({ s, l })));
  const overrides = await overridesBetween(
    db,
    layers.map(({ l }) => l.id),
    new Date(now.getTime() - 2 * OVERRIDE_REACH_MS),
    FAR,
  );
  const out = new Map<string, LayerHandoffs>();
  for (const { s, l } of layers) {
    const r = rotationOf(l);
    const mine = overrides.filter((o) => o.layerId === l.id).map(overrideOf);
    const current = onCallAt(r, s.timeZone, mine, now);
    const nextAt = current ? current.endsAt : now < l.startsAt ? l.startsAt : null;
    const next = nextAt ? onCallAt(r, s.timeZone, mine, nextAt) : null;
    const previous = current ? onCallAt(r, s.timeZone, mine, new Date(current.startsAt.getTime() - 1)) : null;
    out.set(l.id, { layer: l, current, next, previous });
  }
  return out;
}
