import type { Db } from "@opsdeck/db";
import type { Tx } from "./internal.ts";
import { overrideOf, rotationOf } from "../schedule/dto.ts";
import { getScheduleOrThrow, OVERRIDE_REACH_MS, overridesBetween } from "../schedule/internal.ts";
import { onCallAt } from "../schedule/on-call-at.ts";

/** Who holds a schedule's layer at `at`, overrides included; null when nobody does (or the layer is gone). */
export async function layerPersonAt(
  db: Db | Tx,
  scheduleId: string,
  layerName: string,
  at: Date,
): Promise<string | null> {
  const s = await getScheduleOrThrow(db, scheduleId);
  const layer = s.layers.find((l) => l.name === layerName);
  if (!layer) return null;
  const overrides = await overridesBetween(
    db,
    [layer.id],
    new Date(at.getTime() - OVERRIDE_REACH_MS),
    new Date(at.getTime() + OVERRIDE_REACH_MS),
  );
  return onCallAt(rotationOf(layer), s.timeZone, overrides.map(overrideOf), at)?.userId ?? null;
}
