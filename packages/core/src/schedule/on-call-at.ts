import type { Override, Shift } from "./layer-shifts.ts";
import { type Rotation, turnAt } from "./rotation.ts";

/**
 * Who holds the layer at instant `at`, and the shift they hold it in: an override covering `at`, else
 * the rotation's turn cut short by the overrides before and after it. Null before the rotation starts.
 */
export function onCallAt(r: Rotation, zone: string, overrides: readonly Override[], at: Date): Shift | null {
  const t = at.getTime();
  const turn = turnAt(r, zone, at);
  if (!turn) return null;
  const o = overrides.find((x) => x.startsAt.getTime() <= t && t < x.endsAt.getTime());
  if (o) return { userId: o.userId, startsAt: o.startsAt, endsAt: o.endsAt, overrideId: o.id };
  let startsAt = turn.startsAt.getTime();
  let endsAt = turn.endsAt.getTime();
  for (const x of overrides) {
    if (x.endsAt.getTime() <= t) startsAt = Math.max(startsAt, x.endsAt.getTime());
    if (x.startsAt.getTime() > t) endsAt = Math.min(endsAt, x.startsAt.getTime());
  }
  return { userId: turn.userId, startsAt: new Date(startsAt), endsAt: new Date(endsAt), overrideId: null };
}
