import { type Rotation, turnIndexAt, turnOf } from "./rotation.ts";

/** Another user on a layer for [startsAt, endsAt). */
export type Override = { id: string; userId: string; startsAt: Date; endsAt: Date };

/** Who holds a layer for [startsAt, endsAt): a turn of the rotation or an override (`overrideId`). */
export type Shift = { userId: string; startsAt: Date; endsAt: Date; overrideId: string | null };

/** Most shifts one call returns: a daily rotation over more than five years. */
export const MAX_SHIFTS = 2000;

/**
 * The layer's shifts over [from, to), in order, clipped to the range: its turns with the overrides
 * laid over them. They meet end to start and cover the range from the rotation's start, so every
 * instant has exactly one person. Overrides must not overlap one another.
 */
export function layerShifts(
  r: Rotation,
  zone: string,
  overrides: readonly Override[],
  range: { from: Date; to: Date },
): Shift[] {
  const from = Math.max(range.from.getTime(), r.startsAt.getTime());
  const to = range.to.getTime();
  if (from >= to) return [];
  const turns = [];
  for (let i = turnIndexAt(r, zone, new Date(from)) ?? 0; turns.length < MAX_SHIFTS; i++) {
    const turn = turnOf(r, zone, i);
    if (turn.startsAt.getTime() >= to) break;
    turns.push(turn);
  }
  const inRange = overrides
    .filter((o) => o.endsAt.getTime() > from && o.startsAt.getTime() < to)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const cuts = new Set<number>([from, to]);
  for (const t of turns) cuts.add(t.startsAt.getTime()).add(t.endsAt.getTime());
  for (const o of inRange) cuts.add(o.startsAt.getTime()).add(o.endsAt.getTime());
  const points = [...cuts].filter((c) => c >= from && c <= to).sort((a, b) => a - b);
  const shifts: (Shift & { key: string })[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const o = inRange.find((x) => x.startsAt.getTime() <= a && a < x.endsAt.getTime());
    const turn = o ? undefined : turns.find((t) => t.startsAt.getTime() <= a && a < t.endsAt.getTime());
    if (!o && !turn) break; // past the last turn read (MAX_SHIFTS)
    const key = o ? `o:${o.id}` : `t:${turn?.index}`;
    const last = shifts.at(-1);
    if (last && last.key === key && last.endsAt.getTime() === a) last.endsAt = new Date(b);
    else
      shifts.push({
        key,
        userId: o ? o.userId : (turn?.userId as string),
        startsAt: new Date(a),
        endsAt: new Date(b),
        overrideId: o ? o.id : null,
      });
  }
  return shifts.map(({ key: _key, ...s }) => s);
}
