import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { NotFoundError } from "../errors.ts";
import type { Ctx } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type TUpdateTimeZone, ZUpdateTimeZone } from "./schemas.ts";

/** Users choose the zone their own times are shown in (any role may); null follows the browser's zone. */
export async function updateUserTimeZone({
  db,
  ctx,
  input,
}: {
  db: Db;
  ctx: Ctx;
  input: TUpdateTimeZone;
}): Promise<{ timeZone: string | null }> {
  const { timeZone } = parseInput(ZUpdateTimeZone, input);
  const userId = ctx.actor.id;
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
    if (!before) throw new NotFoundError("No such user");
    if (before.timeZone === timeZone) return { timeZone };
    await tx.user.update({ where: { id: userId }, data: { timeZone } });
    await recordAudit(tx, ctx, {
      action: "user.update_time_zone",
      targetType: "user",
      targetId: userId,
      before,
      after: { timeZone },
    });
    return { timeZone };
  });
}
