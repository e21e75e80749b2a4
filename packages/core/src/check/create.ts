import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import type { FieldErrors } from "../errors.ts";
import { publishLive } from "../live/publish.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { auditCheck, type CheckDto, toCheckDto } from "./dto.ts";
import { pingPath, throwIfAny } from "./internal.ts";
import { validateNewCheck } from "./new-check.ts";
import type { TCreateCheck } from "./schemas.ts";

/** `pingPath` is returned only here and on rotation: the token is a secret. */
export type CreateCheckResult = { check: CheckDto; pingPath: string | null };

/** A responder adds a check to a service; the worker picks it up on its next poll. */
export async function createCheck({
  db,
  ctx,
  input,
}: {
  db: Db;
  ctx: AnyCtx;
  input: TCreateCheck;
}): Promise<CreateCheckResult> {
  assertRole(ctx, "RESPONDER");
  const errors: FieldErrors = {};
  const { row, serviceId } = await validateNewCheck(db, input, errors);
  if (serviceId && !(await db.service.findUnique({ where: { id: serviceId }, select: { id: true } }))) {
    (errors.serviceId ??= []).push("No such service");
  }
  throwIfAny(errors);
  if (!row) throw new Error("unreachable: validation passed without data");
  return db.$transaction(async (tx) => {
    const check = await tx.check.create({ data: row });
    await recordAudit(tx, ctx, {
      action: "check.create",
      targetType: "check",
      targetId: check.id,
      after: auditCheck(check),
    });
    await publishLive(tx, "checks.changed");
    return { check: toCheckDto(check), pingPath: row.heartbeatToken && pingPath(row.heartbeatToken) };
  });
}
