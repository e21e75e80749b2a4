import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { ConflictError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { countEnabledAdmins, getUserOrThrow, lockAdmins, toUserDto, USER_SELECT } from "./internal.ts";
import { type TUpdateRole, type TUserDto, ZUpdateRole } from "./schemas.ts";

/** Change a user's role; the last enabled admin cannot be demoted, so the instance keeps an admin. */
export async function updateUserRole({
  db,
  ctx,
  input,
}: {
  db: Db;
  ctx: AnyCtx;
  input: TUpdateRole;
}): Promise<TUserDto> {
  assertRole(ctx, "ADMIN");
  const { userId, role } = parseInput(ZUpdateRole, input);
  return db.$transaction(async (tx) => {
    await lockAdmins(tx);
    const user = await getUserOrThrow(tx, userId);
    if (user.role === role) return toUserDto(user);
    if (user.role === "ADMIN" && !user.disabledAt && (await countEnabledAdmins(tx)) <= 1) {
      const who = ctx.actor?.id === user.id ? "You are" : `${user.email} is`;
      throw new ConflictError(`${who} the last enabled admin; make another user an admin first`);
    }
    const updated = await tx.user.update({ where: { id: userId }, data: { role }, select: USER_SELECT });
    await recordAudit(tx, ctx, {
      action: "user.update_role",
      targetType: "user",
      targetId: userId,
      before: { role: user.role },
      after: { role },
    });
    return toUserDto(updated);
  });
}
