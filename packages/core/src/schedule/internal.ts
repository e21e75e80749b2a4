import type { Db, Prisma } from "@opsdeck/db";
import { NotFoundError, ValidationError } from "../errors.ts";
import { OVERRIDE_INCLUDE, SCHEDULE_INCLUDE } from "./dto.ts";

export type Tx = Prisma.TransactionClient;

/** A turn lasts at most a week and an hour: overrides this far around an instant can clip its shift. */
export const OVERRIDE_REACH_MS = 8 * 86_400_000;

export async function getScheduleOrThrow(db: Db | Tx, id: string) {
  const schedule = await db.onCallSchedule.findUnique({ where: { id }, include: SCHEDULE_INCLUDE });
  if (!schedule) throw new NotFoundError("Schedule not found");
  return schedule;
}

/** The overrides of the given layers that end after `from` and start before `to`, by start. */
export const overridesBetween = (db: Db | Tx, layerIds: string[], from: Date, to: Date) =>
  db.onCallOverride.findMany({
    where: { layerId: { in: layerIds }, endsAt: { gt: from }, startsAt: { lt: to } },
    include: OVERRIDE_INCLUDE,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });

/** Active users by email, for `field`: a ValidationError naming each email that is no such user. */
export async function usersByEmail(
  db: Db | Tx,
  wanted: { field: string; email: string }[],
): Promise<Map<string, { id: string; email: string; name: string | null }>> {
  const users = await db.user.findMany({
    where: { email: { in: [...new Set(wanted.map((w) => w.email))] } },
    select: { id: true, email: true, name: true, disabledAt: true },
  });
  const byEmail = new Map(users.map((u) => [u.email, u]));
  const errors: Record<string, string[]> = {};
  for (const { field, email } of wanted) {
    const u = byEmail.get(email);
    if (!u) errors[field] = [`No user has the email ${email}`];
    else if (u.disabledAt) errors[field] = [`${email} is disabled`];
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return byEmail;
}
