import { recordAudit } from "../audit/record.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type CheckDto, toCheckDto } from "./dto.ts";
import { type TCheckRef, ZCheckRef } from "./schemas.ts";
import type { ServiceCall } from "../call.ts";

const HEARTBEAT_RUN = "A heartbeat check cannot be run on demand: its state comes from the pings its job sends";

/**
 * Ask the worker to run a check now: it serves a runRequestedAt newer than the last one it saw.
 * Heartbeat checks are refused, paused ones too.
 */
export async function requestCheckRun({ db, ctx, input, now = new Date() }: ServiceCall<TCheckRef>): Promise<CheckDto> {
  assertRole(ctx, "RESPONDER");
  const { id } = parseInput(ZCheckRef, input);
  return db.$transaction(async (tx) => {
    const { count } = await tx.check.updateMany({
      where: { id, paused: false, kind: { not: "HEARTBEAT" } },
      data: { runRequestedAt: now },
    });
    if (count === 0) {
      const check = await tx.check.findUnique({ where: { id }, select: { kind: true } });
      if (!check) throw new NotFoundError("Check not found");
      if (check.kind === "HEARTBEAT") throw new ValidationError({ id: [HEARTBEAT_RUN] }, HEARTBEAT_RUN);
      throw new ConflictError("The check is paused: resume it to run it");
    }
    await recordAudit(tx, ctx, {
      action: "check.run",
      targetType: "check",
      targetId: id,
      after: { runRequestedAt: now },
    });
    return toCheckDto(await tx.check.findUniqueOrThrow({ where: { id } }));
  });
}
