import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { publishLive } from "../live/publish.ts";
import { NotFoundError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { auditCheck } from "./dto.ts";
import { type TCheckRef, ZCheckRef } from "./schemas.ts";

/** Delete a check with its results' rollups, events and windows (cascade); raw results age out. */
export async function deleteCheck({
  db,
  ctx,
  input,
}: {
  db: Db;
  ctx: AnyCtx;
  input: TCheckRef;
}): Promise<{ id: string }> {
  assertRole(ctx, "RESPONDER");
  const { id } = parseInput(ZCheckRef, input);
  return db.$transaction(async (tx) => {
    const before = await tx.check.findUnique({ where: { id } });
    // deleteMany waits for a concurrent delete and then counts 0, so only one run audits.
    const { count } = before ? await tx.check.deleteMany({ where: { id } }) : { count: 0 };
    if (!before || count === 0) throw new NotFoundError("Check not found");
    await recordAudit(tx, ctx, {
      action: "check.delete",
      targetType: "check",
      targetId: id,
      before: auditCheck(before),
    });
    await publishLive(tx, "checks.changed");
    return { id };
  });
}
