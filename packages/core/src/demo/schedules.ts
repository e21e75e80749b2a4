import { handoffAtOrBefore } from "../schedule/rotation.ts";
import type { SeedDemoCounts, Tx } from "./seed.ts";

/** Two demo engineers, disabled and without passwords: they are on the demo rotation but never sign in. */
export const DEMO_ON_CALL_USERS = [
  { email: "ada.demo@example.com", name: "Ada (demo)" },
  { email: "ben.demo@example.com", name: "Ben (demo)" },
] as const;

const NAME = "Operations on-call";
const ZONE = "Europe/Berlin";
const MONDAY_0900 = { every: "week", minute: 9 * 60, weekday: "monday" } as const;

/**
 * The runbook's primary and secondary on-call as a weekly rotation of the two demo users, handing off
 * on Mondays at 09:00 Berlin time, started two handoffs before `now`; the secondary runs the other way round.
 */
export async function seedOnCall(tx: Tx, now: Date, counts: SeedDemoCounts): Promise<void> {
  if (await tx.onCallSchedule.findUnique({ where: { name: NAME }, select: { id: true } })) return;
  const ids: string[] = [];
  for (const u of DEMO_ON_CALL_USERS) {
    const found = await tx.user.findUnique({ where: { email: u.email }, select: { id: true } });
    const user =
      found ??
      (await tx.user.create({
        data: { ...u, role: "RESPONDER", disabledAt: now, passwordHash: null },
        select: { id: true },
      }));
    if (!found) counts.users++;
    ids.push(user.id);
  }
  const startsAt = handoffAtOrBefore(MONDAY_0900, ZONE, new Date(now.getTime() - 7 * 86_400_000));
  const layer = (position: number, name: string, members: string[]) => ({
    position,
    name,
    handoffEvery: "WEEK" as const,
    handoffMinute: MONDAY_0900.minute,
    handoffWeekday: 1,
    startsAt,
    members: { create: members.map((userId, i) => ({ position: i, userId })) },
  });
  await tx.onCallSchedule.create({
    data: {
      name: NAME,
      timeZone: ZONE,
      layers: { create: [layer(0, "primary", ids), layer(1, "secondary", ids.toReversed())] },
    },
  });
  counts.schedules++;
}
