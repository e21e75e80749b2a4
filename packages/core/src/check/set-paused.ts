import { recordAudit } from "../audit/record.ts";
import { publishLive } from "../live/publish.ts";
import { NotFoundError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type CheckDto, toCheckDto } from "./dto.ts";
import { type TSetCheckPaused, ZSetCheckPaused } from "./schemas.ts";
import type { ServiceCall } from "../call.ts";

/**
 * Pause or resume a check. The worker skips paused checks, so the state is set here (PAUSED, then
 * UNKNOWN until the next run) to keep tiles truthful. Repeating the current setting changes nothing.
 */
export async function setCheckPaused({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TSetCheckPaused>): Promise<CheckDto> {
  assertRole(ctx, "RESPONDER");
  const { id, paused } = parseInput(ZSetCheckPaused, input);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      { paused: boolean; state: string }[]
    >`SELECT "paused", "state"::text AS "state" FROM "Check" WHERE "id" = ${id} FOR UPDATE`;
    const row = rows[0];
    if (!row) throw new NotFoundError("Check not found");
    if (row.paused === paused) return toCheckDto(await tx.check.findUniqueOrThrow({ where: { id } }));
    const state = paused ? "PAUSED" : "UNKNOWN";
    const check = await tx.check.update({
      where: { id },
      data: { paused, state, health: state, stateSince: now, consecutiveFailures: 0 },
    });
    await tx.checkEvent.create({
      data: { checkId: id, from: row.state as never, to: state, at: now, message: paused ? "Paused" : "Resumed" },
    });
    await recordAudit(tx, ctx, {
      action: paused ? "check.pause" : "check.resume",
      targetType: "check",
      targetId: id,
      before: { paused: row.paused, state: row.state },
      after: { paused, state },
    });
    await publishLive(tx, "checks.changed");
    return toCheckDto(check);
  });
}
