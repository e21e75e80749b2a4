import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { ConflictError, ForbiddenError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { countEnabledAdmins, getUserOrThrow, lockAdmins, toUserDto, USER_SELECT } from "./internal.ts";
import { type TSetDisabled, type TUserDto, ZSetDisabled } from "./schemas.ts";

/**
 * Disable or re-enable a user. Disabling revokes the user's API tokens for good (re-enabling does
 * not bring them back); nobody can disable themselves or the last enabled admin.
 */
export async function setUserDisabled({
  db,
  ctx,
  input,
}: {
  db: Db;
  ctx: AnyCtx;
  input: TSetDisabled;
}): Promise<TUserDto> {
  assertRole(ctx, "ADMIN");
  const { userId, disabled } = parseInput(ZSetDisabled, input);
  if (disabled && ctx.actor?.id === userId) throw new ForbiddenError("You cannot disable your own account");
  return db.$transaction(async (tx) => {
    await lockAdmins(tx);
    const user = await getUserOrThrow(tx, userId);
    if (Boolean(user.disabledAt) === disabled) return toUserDto(user);
    if (disabled && user.role === "ADMIN" && (await countEnabledAdmins(tx)) <= 1) {
      throw new ConflictError(`${user.email} is the last enabled admin; make another user an admin first`);
    }
    const now = new Date();
    const updated = await tx.user.update({
      where: { id: userId },
      data: { disabledAt: disabled ? now : null },
      select: USER_SELECT,
    });
    const revoked = disabled
      ? (await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } })).count
      : 0;
    await recordAudit(tx, ctx, {
      action: disabled ? "user.disable" : "user.enable",
      targetType: "user",
      targetId: userId,
      before: { disabledAt: user.disabledAt },
      after: disabled ? { disabledAt: now, revokedCredentials: revoked } : { disabledAt: null },
    });
    return toUserDto(updated);
  });
}
