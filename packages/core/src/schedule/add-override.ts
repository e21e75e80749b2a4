import { recordAudit } from "../audit/record.ts";
import { publishLive } from "../live/publish.ts";
import type { ServiceCall } from "../call.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { assertRole, hasRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { OVERRIDE_INCLUDE, type OverrideDto, toOverrideDto } from "./dto.ts";
import { type Tx, usersByEmail } from "./internal.ts";
import { type TAddOverride, ZAddOverride } from "./schemas.ts";

/** The layer of the schedule called `name`, under its row lock so that overrides of it are added one at a time. */
async function lockLayer(tx: Tx, scheduleId: string, name: string) {
  if (!(await tx.onCallSchedule.findUnique({ where: { id: scheduleId }, select: { id: true } })))
    throw new NotFoundError("Schedule not found");
  const layer = await tx.onCallLayer.findFirst({ where: { scheduleId, name: { equals: name, mode: "insensitive" } } });
  if (!layer) throw new ValidationError({ layer: [`This schedule has no layer called ${name}`] });
  await tx.$executeRaw`SELECT 1 FROM "OnCallLayer" WHERE id = ${layer.id} FOR UPDATE`;
  return layer;
}

/**
 * Put a user on a layer for [startsAt, endsAt) (RESPONDER for themselves, ADMIN for anyone). It must
 * start at or after the layer's rotation and overlap no other override of the layer.
 */
export async function addOverride({ db, ctx, input }: ServiceCall<TAddOverride>): Promise<OverrideDto> {
  assertRole(ctx, "RESPONDER");
  const o = parseInput(ZAddOverride, input);
  if (ctx.actor && !hasRole(ctx.actor.role, "ADMIN") && o.email !== ctx.actor.email.toLowerCase())
    throw new ForbiddenError("Responders can put only themselves on call; an admin can put anyone");
  return db.$transaction(async (tx) => {
    const layer = await lockLayer(tx, o.id, o.layer);
    if (o.startsAt < layer.startsAt)
      throw new ValidationError({
        startsAt: [`Start at or after the layer's start (${layer.startsAt.toISOString()})`],
      });
    const user = (await usersByEmail(tx, [{ field: "email", email: o.email }])).get(o.email);
    const clash = await tx.onCallOverride.findFirst({
      where: { layerId: layer.id, startsAt: { lt: o.endsAt }, endsAt: { gt: o.startsAt } },
      select: { startsAt: true, endsAt: true },
    });
    if (clash) {
      const other = `${clash.startsAt.toISOString()} – ${clash.endsAt.toISOString()}`;
      const message = `Overlaps another override on this layer (${other})`;
      throw new ValidationError({ startsAt: [message], endsAt: [message] });
    }
    const row = await tx.onCallOverride.create({
      data: {
        layerId: layer.id,
        userId: user?.id as string,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
        createdById: ctx.actor?.id ?? null,
      },
      include: OVERRIDE_INCLUDE,
    });
    const after = toOverrideDto(row);
    await recordAudit(tx, ctx, { action: "schedule.override.create", targetType: "schedule", targetId: o.id, after });
    await publishLive(tx, "schedule.changed", { id: o.id });
    return after;
  });
}
