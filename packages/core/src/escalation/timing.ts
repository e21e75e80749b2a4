import type { Prisma } from "@opsdeck/db";
import { nextWorkingInstant, UTC_WORKING_HOURS, type WorkingHours } from "./working-hours.ts";

const HOURS_SELECT = { name: true, timeZone: true, workStart: true, workEnd: true, workdays: true } as const;

/** A policy as the engine reads it: its steps with their schedules' zones and working hours. */
export const ENGINE_INCLUDE = {
  steps: {
    orderBy: { position: "asc" },
    include: { schedule: { select: HOURS_SELECT }, user: { select: { id: true, email: true, name: true } } },
  },
} as const satisfies Prisma.EscalationPolicyInclude;
export type EnginePolicy = Prisma.EscalationPolicyGetPayload<{ include: typeof ENGINE_INCLUDE }>;

type Schedule = NonNullable<EnginePolicy["steps"][number]["schedule"]>;
const hoursOf = (s: Schedule): WorkingHours => ({
  zone: s.timeZone,
  start: s.workStart,
  end: s.workEnd,
  days: s.workdays,
});

/** A step's working hours: its schedule's; a named user's step takes the policy's first schedule's, else UTC's. */
export function stepHours(p: EnginePolicy, step: number): WorkingHours {
  const own = p.steps[step]?.schedule ?? p.steps.find((s) => s.schedule)?.schedule;
  return own ? hoursOf(own) : UTC_WORKING_HOURS;
}

/** When step `step` may be sent if it falls due at `at`: later only for a working-hours policy outside them. */
export function stepDueAt(p: EnginePolicy, step: number, at: Date): Date {
  if (p.hours === "ALWAYS") return at;
  return nextWorkingInstant(at, stepHours(p, step)) ?? at;
}
