import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { newHeartbeatToken, pingPath } from "./internal.ts";
import { type TCheckRef, ZCheckRef } from "./schemas.ts";

/** Replace a heartbeat check's token (the old ping URL stops working); the new path is shown once. */
export async function rotateHeartbeatToken({
  db,
  ctx,
  input,
}: {
  db: Db;
  ctx: AnyCtx;
  input: TCheckRef;
}): Promise<{ pingPath: string }> {
  assertRole(ctx, "RESPONDER");
  const { id } = parseInput(ZCheckRef, input);
  const token = newHeartbeatToken();
  return db.$transaction(async (tx) => {
    const check = await tx.check.findUnique({ where: { id }, select: { kind: true } });
    if (!check) throw new NotFoundError("Check not found");
    if (check.kind !== "HEARTBEAT") throw new ValidationError({ id: ["Only heartbeat checks have a ping URL"] });
    await tx.check.update({ where: { id }, data: { heartbeatToken: token } });
    await recordAudit(tx, ctx, { action: "check.rotate-token", targetType: "check", targetId: id });
    return { pingPath: pingPath(token) };
  });
}
