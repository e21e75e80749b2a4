import { recordAudit } from "../audit/record.ts";
import { publishLive } from "../live/publish.ts";
import type { ServiceCall } from "../call.ts";
import { ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { isUniqueViolation } from "../user/internal.ts";
import { parseInput } from "../validate.ts";
import { toScheduleDto } from "./dto.ts";
import { getScheduleOrThrow, usersByEmail } from "./internal.ts";
import { WEEKDAYS } from "./rotation.ts";
import { type TCreateSchedule, ZCreateSchedule } from "./schemas.ts";

const minuteOf = (at: string) => Number(at.slice(0, 2)) * 60 + Number(at.slice(3, 5));

function assertLayerNamesUnique(layers: { name: string }[]): void {
  const errors: Record<string, string[]> = {};
  const seen = new Set<string>();
  layers.forEach((l, i) => {
    const key = l.name.toLowerCase();
    if (seen.has(key)) errors[`layers.${i}.name`] = ["Another layer of this schedule has this name"];
    seen.add(key);
  });
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** Add a schedule with its layers and their members (ADMIN), all in one transaction or none of it. */
export async function createSchedule({ db, ctx, input }: ServiceCall<TCreateSchedule>): Promise<{ id: string }> {
  assertRole(ctx, "ADMIN");
  const s = parseInput(ZCreateSchedule, input);
  assertLayerNamesUnique(s.layers);
  try {
    return await db.$transaction(async (tx) => {
      const taken = { name: { equals: s.name, mode: "insensitive" as const } };
      if (await tx.onCallSchedule.findFirst({ where: taken, select: { id: true } }))
        throw new ValidationError({ name: ["Another schedule has this name"] });
      const users = await usersByEmail(
        tx,
        s.layers.flatMap((l, i) => l.members.map((email, j) => ({ field: `layers.${i}.members.${j}`, email }))),
      );
      const row = await tx.onCallSchedule.create({
        data: {
          name: s.name,
          timeZone: s.timeZone,
          layers: {
            create: s.layers.map((l, position) => ({
              position,
              name: l.name,
              handoffEvery: l.handoff.every === "week" ? "WEEK" : "DAY",
              handoffMinute: minuteOf(l.handoff.at),
              handoffWeekday: l.handoff.weekday ? WEEKDAYS.indexOf(l.handoff.weekday) + 1 : null,
              startsAt: l.startsAt,
              members: {
                create: l.members.map((email, i) => ({ position: i, userId: users.get(email)?.id as string })),
              },
            })),
          },
        },
      });
      const after = toScheduleDto(await getScheduleOrThrow(tx, row.id));
      await recordAudit(tx, ctx, { action: "schedule.create", targetType: "schedule", targetId: row.id, after });
      await publishLive(tx, "schedule.changed", { id: row.id });
      return { id: row.id };
    });
  } catch (e) {
    // Another request added a schedule of this name between the check and the insert.
    if (isUniqueViolation(e)) throw new ValidationError({ name: ["Another schedule has this name"] });
    throw e;
  }
}
