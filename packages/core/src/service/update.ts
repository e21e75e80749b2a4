import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { publishLive } from "../live/publish.ts";
import { NotFoundError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { getService, type ServiceDetailDto } from "./get.ts";
import { assertOwnerExists, isUniqueViolation, SERVICE_AUDIT_SELECT, slugTaken } from "./internal.ts";
import { type TUpdateService, ZUpdateService } from "./schemas.ts";

/** Change a service's fields (RESPONDER); renaming keeps the slug unless a new one is given. */
export async function updateService({
  db,
  ctx,
  input,
}: {
  db: Db;
  ctx: AnyCtx;
  input: TUpdateService;
}): Promise<ServiceDetailDto> {
  assertRole(ctx, "RESPONDER");
  const { serviceSlug, ...patch } = parseInput(ZUpdateService, input);
  await assertOwnerExists(db, patch.ownerId);
  try {
    const id = await db.$transaction(async (tx) => {
      const before = await tx.service.findUnique({ where: { slug: serviceSlug }, select: SERVICE_AUDIT_SELECT });
      if (!before) throw new NotFoundError("Service not found");
      if (
        patch.slug &&
        patch.slug !== before.slug &&
        (await tx.service.findUnique({ where: { slug: patch.slug }, select: { id: true } }))
      ) {
        throw slugTaken(patch.slug);
      }
      const after = await tx.service.update({ where: { id: before.id }, data: patch, select: SERVICE_AUDIT_SELECT });
      await recordAudit(tx, ctx, {
        action: "service.update",
        targetType: "service",
        targetId: before.id,
        before,
        after,
      });
      await publishLive(tx, "checks.changed");
      return before.id;
    });
    return getService({ db, ctx, input: { id } });
  } catch (e) {
    if (isUniqueViolation(e)) throw slugTaken(patch.slug ?? serviceSlug);
    throw e;
  }
}
