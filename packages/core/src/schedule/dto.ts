import type { OnCallHandoff, Prisma } from "@opsdeck/db";
import type { Override } from "./layer-shifts.ts";
import { type Handoff, type Rotation, WEEKDAYS, type Weekday } from "./rotation.ts";

export type UserRefDto = { email: string; name: string | null };
export type HandoffDto = { every: "day" | "week"; at: string; weekday: Weekday | null };
export type LayerDto = { name: string; handoff: HandoffDto; startsAt: string; members: UserRefDto[] };
export type ScheduleDto = { id: string; name: string; timeZone: string; layers: LayerDto[] };
export type OverrideDto = {
  id: string;
  layer: string;
  user: UserRefDto;
  startsAt: string;
  endsAt: string;
  createdBy: string | null;
};

const USER = { select: { id: true, email: true, name: true } } as const;

export const LAYER_INCLUDE = {
  members: { orderBy: { position: "asc" }, include: { user: USER } },
} as const satisfies Prisma.OnCallLayerInclude;

export const SCHEDULE_INCLUDE = {
  layers: { orderBy: { position: "asc" }, include: LAYER_INCLUDE },
} as const satisfies Prisma.OnCallScheduleInclude;

export const OVERRIDE_INCLUDE = {
  user: USER,
  layer: { select: { name: true } },
  createdBy: { select: { email: true } },
} as const satisfies Prisma.OnCallOverrideInclude;

export type ScheduleRow = Prisma.OnCallScheduleGetPayload<{ include: typeof SCHEDULE_INCLUDE }>;
export type LayerRow = ScheduleRow["layers"][number];
export type OverrideRow = Prisma.OnCallOverrideGetPayload<{ include: typeof OVERRIDE_INCLUDE }>;

const EVERY: Record<OnCallHandoff, Handoff["every"]> = { DAY: "day", WEEK: "week" };
const two = (n: number) => String(n).padStart(2, "0");

export const handoffOf = (l: LayerRow): Handoff => ({
  every: EVERY[l.handoffEvery],
  minute: l.handoffMinute,
  weekday: l.handoffWeekday ? (WEEKDAYS[l.handoffWeekday - 1] ?? null) : null,
});

/** The layer as the pure rotation functions read it: members by user id. */
export const rotationOf = (l: LayerRow): Rotation => ({
  startsAt: l.startsAt,
  handoff: handoffOf(l),
  members: l.members.map((m) => m.userId),
});

export const overrideOf = (o: { id: string; userId: string; startsAt: Date; endsAt: Date }): Override => ({
  id: o.id,
  userId: o.userId,
  startsAt: o.startsAt,
  endsAt: o.endsAt,
});

export const userRef = (u: { email: string; name: string | null }): UserRefDto => ({ email: u.email, name: u.name });

export function toLayerDto(l: LayerRow): LayerDto {
  const h = handoffOf(l);
  return {
    name: l.name,
    handoff: { every: h.every, at: `${two(Math.floor(h.minute / 60))}:${two(h.minute % 60)}`, weekday: h.weekday },
    startsAt: l.startsAt.toISOString(),
    members: l.members.map((m) => userRef(m.user)),
  };
}

export const toScheduleDto = (s: ScheduleRow): ScheduleDto => ({
  id: s.id,
  name: s.name,
  timeZone: s.timeZone,
  layers: s.layers.map(toLayerDto),
});

export const toOverrideDto = (o: OverrideRow): OverrideDto => ({
  id: o.id,
  layer: o.layer.name,
  user: userRef(o.user),
  startsAt: o.startsAt.toISOString(),
  endsAt: o.endsAt.toISOString(),
  createdBy: o.createdBy?.email ?? null,
});
