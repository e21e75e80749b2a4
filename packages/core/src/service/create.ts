import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { publishLive } from "../live/publish.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { getService, type ServiceDetailDto } from "./get.ts";
import { assertOwnerExists, isUniqueViolation, SERVICE_AUDIT_SELECT, slugTaken } from "./internal.ts";
import { slugify, type TCreateService, ZCreateService } from "./schemas.ts";

/** A responder or admin adds a service; the slug comes from the name unless given. */
export async function createService({
  db,
  ctx,
  input,
}: {
  db: Db;
  ctx: AnyCtx;
  input: TCreateService;
}): Promise<ServiceDetailDto> {
  assertRole(ctx, "RESPONDER");
  const data = parseInput(ZCreateService, input);
  const slug = data.slug ?? slugify(data.name);
  await assertOwnerExists(db, data.ownerId);
  try {
    const id = await db.$transaction(async (tx) => {
      if (await tx.service.findUnique({ where: { slug }, select: { id: true } })) throw slugTaken(slug);
      const row = await tx.service.create({ data: { ...data, slug }, select: SERVICE_AUDIT_SELECT });
      await recordAudit(tx, ctx, { action: "service.create", targetType: "service", targetId: row.id, after: row });
      await publishLive(tx, "checks.changed");
      return row.id;
    });
    return getService({ db, ctx, input: { id } });
  } catch (e) {
    if (isUniqueViolation(e)) throw slugTaken(slug);
    throw e;
  }
}
