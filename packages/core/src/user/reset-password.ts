import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import { clearFailures, emailThrottleKey } from "../auth/throttle.ts";
import { ForbiddenError, ValidationError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { getUserOrThrow } from "./internal.ts";
import { type TResetPassword, ZResetPassword } from "./schemas.ts";

/**
 * Set a user's password: users change their own by giving the current one; admins (and the
 * operator CLI) set anyone else's. Clears the sign-in throttle for that email.
 */
export async function resetPassword({ db, ctx, input }: { db: Db; ctx: AnyCtx; input: TResetPassword }): Promise<void> {
  const data = parseInput(ZResetPassword, input);
  const self = ctx.actor?.id === data.userId;
  if (self) {
    const row = await db.user.findUnique({ where: { id: data.userId }, select: { passwordHash: true } });
    if (!row?.passwordHash) throw new ForbiddenError("You have no password to change; ask an admin to set one");
    if (!(await verifyPassword(data.currentPassword ?? "", row.passwordHash))) {
      throw new ValidationError({ currentPassword: ["Current password is incorrect"] });
    }
  } else {
    assertRole(ctx, "ADMIN");
  }
  const passwordHash = await hashPassword(data.newPassword);
  const user = await db.$transaction(async (tx) => {
    const user = await getUserOrThrow(tx, data.userId);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await recordAudit(tx, ctx, {
      action: "user.reset_password",
      targetType: "user",
      targetId: user.id,
      after: { self },
    });
    return user;
  });
  await clearFailures(db, [emailThrottleKey(user.email)]);
}
