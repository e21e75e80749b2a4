import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import type { NamedActor } from "../roles.ts";
import { DUMMY_HASH, verifyPassword } from "./password.ts";
import { checkThrottle, clearFailures, emailThrottleKey, recordFailure, throttleKeys } from "./throttle.ts";

type FailureReason = "unknown_email" | "no_password" | "wrong_password" | "disabled";

export type TPasswordSignIn = {
  db: Db;
  email: string;
  password: string;
  ip?: string | null;
  now?: Date;
  requestId?: string;
};

/**
 * Password sign-in: the actor, or null for any failure (the caller shows one generic message).
 * Throws RateLimitedError while the email or client address is throttled.
 */
export async function authenticateWithPassword({
  db,
  email,
  password,
  ip,
  now = new Date(),
  requestId,
}: TPasswordSignIn): Promise<NamedActor | null> {
  const tried = email.trim().toLowerCase().slice(0, 254);
  const keys = throttleKeys(tried, ip);
  await checkThrottle(db, keys, now);
  const user = await db.user.findFirst({ where: { email: { equals: tried, mode: "insensitive" } } });
  // Always pay for one bcrypt comparison so response time does not tell which emails exist.
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  const reason: FailureReason | null = !user
    ? "unknown_email"
    : !user.passwordHash
      ? "no_password"
      : !matches
        ? "wrong_password"
        : user.disabledAt
          ? "disabled"
          : null;
  if (!user || reason) {
    await recordFailure(db, keys, now);
    await db.$transaction((tx) =>
      recordAudit(
        tx,
        { actor: null, label: tried || "(empty)", requestId },
        {
          action: "auth.sign_in_failed",
          targetType: "user",
          targetId: user?.id ?? null,
          after: { reason, ip: ip ?? null },
        },
      ),
    );
    return null;
  }
  const actor: NamedActor = { id: user.id, email: user.email, role: user.role, name: user.name };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await recordAudit(
      tx,
      { actor, requestId },
      { action: "auth.sign_in", targetType: "user", targetId: user.id, after: { method: "password", ip: ip ?? null } },
    );
  });
  // Only the email's counter: clearing the address too would let a guesser reset it with their own account.
  await clearFailures(db, [emailThrottleKey(tried)]);
  return actor;
}
