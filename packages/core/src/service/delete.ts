import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { publishLive } from "../live/publish.ts";
import { NotFoundError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { SERVICE_AUDIT_SELECT } from "./internal.ts";
import { type TDeleteService, ZDeleteService } from "./schemas.ts";

/** Delete a service with its checks and windows; its incidents stay, detached. */
export async function deleteService({
  db,
  ctx,
  input,
}: {
  db: Db;
  ctx: AnyCtx;
  input: TDeleteService;
}): Promise<{ id: string; slug: string }> {
  assertRole(ctx, "RESPONDER");
  const { serviceSlug } = parseInput(ZDeleteService, input);
  return db.$transaction(async (tx) => {
    const before = await tx.service.findUnique({ where: { slug: serviceSlug }, select: SERVICE_AUDIT_SELECT });
    // A concurrent delete makes deleteMany wait, then count 0: only one run succeeds and audits.
    const { count } = before ? await tx.service.deleteMany({ where: { id: before.id } }) : { count: 0 };
    if (!before || count === 0) throw new NotFoundError("Service not found");
    await recordAudit(tx, ctx, { action: "service.delete", targetType: "service", targetId: before.id, before });
    await publishLive(tx, "checks.changed");
    return { id: before.id, slug: before.slug };
  });
}
