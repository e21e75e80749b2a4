import { recordAudit } from "../audit/record.ts";
import { publishLive } from "../live/publish.ts";
import type { ServiceCall } from "../call.ts";
import { ForbiddenError, NotFoundError } from "../errors.ts";
import { assertRole, hasRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { OVERRIDE_INCLUDE, toOverrideDto } from "./dto.ts";
import { type TOverrideRef, ZOverrideRef } from "./schemas.ts";

/**
 * Remove an override (RESPONDER their own, ADMIN any): the rotation holds its stretch again. Under
 * the override's row lock, a second delete of it waits, then finds it gone (NotFoundError).
 */
export async function deleteOverride({ db, ctx, input }: ServiceCall<TOverrideRef>): Promise<{ id: string }> {
  assertRole(ctx, "RESPONDER");
  const { id, overrideId } = parseInput(ZOverrideRef, input);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "OnCallOverride" WHERE id = ${overrideId} FOR UPDATE`;
    const row = await tx.onCallOverride.findFirst({
      where: { id: overrideId, layer: { scheduleId: id } },
      include: OVERRIDE_INCLUDE,
    });
    if (!row) throw new NotFoundError("Override not found");
    if (ctx.actor && !hasRole(ctx.actor.role, "ADMIN") && row.userId !== ctx.actor.id)
      throw new ForbiddenError("Responders can remove only their own overrides; an admin can remove any");
    await tx.onCallOverride.delete({ where: { id: overrideId } });
    const before = toOverrideDto(row);
    await recordAudit(tx, ctx, { action: "schedule.override.delete", targetType: "schedule", targetId: id, before });
    await publishLive(tx, "schedule.changed", { id: id });
    return { id: overrideId };
  });
}
