import type { Db } from "@opsdeck/db";
import { RateLimitedError } from "../errors.ts";

export const THROTTLE_WINDOW_SECONDS = 15 * 60;
const FREE_FAILURES = 4;
const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;

/** Seconds to refuse sign-ins after the `failures`-th failure in a window: 0 for 4, then 30 s doubling up to 15 min. */
export function throttleDelaySeconds(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES - 1));
}

/**
 * Failures count until a quiet window passes after the first failure or the end of the latest block,
 * so a patient guesser keeps the 15-minute delay instead of getting fresh free attempts.
 */
export function throttleWindowExpired(row: { firstFailAt: Date; blockedUntil: Date | null }, now: Date): boolean {
  const quietSince = Math.max(row.firstFailAt.getTime(), row.blockedUntil?.getTime() ?? 0);
  return now.getTime() - quietSince > THROTTLE_WINDOW_SECONDS * 1000;
}

export const emailThrottleKey = (email: string): string => `email:${email.trim().toLowerCase()}`;

export const throttleKeys = (email: string, ip?: string | null): string[] =>
  ip ? [emailThrottleKey(email), `ip:${ip}`] : [emailThrottleKey(email)];

/** Throws RateLimitedError when any key is blocked, with the longest remaining wait. */
export async function checkThrottle(db: Db, keys: string[], now = new Date()): Promise<void> {
  const blocked = await db.loginThrottle.findMany({ where: { key: { in: keys }, blockedUntil: { gt: now } } });
  const until = Math.max(0, ...blocked.map((r) => r.blockedUntil?.getTime() ?? 0));
  if (until > now.getTime()) throw new RateLimitedError(Math.ceil((until - now.getTime()) / 1000));
}

export async function recordFailure(db: Db, keys: string[], now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    // The upsert's row lock serializes concurrent failures on a key; sorted keys avoid lock cycles.
    for (const key of [...keys].sort()) {
      const row = await tx.loginThrottle.upsert({
        where: { key },
        create: { key, failures: 1, firstFailAt: now },
        update: { failures: { increment: 1 } },
      });
      const expired = row.failures > 1 && throttleWindowExpired(row, now);
      const failures = expired ? 1 : row.failures;
      const delay = throttleDelaySeconds(failures);
      await tx.loginThrottle.update({
        where: { key },
        data: {
          failures,
          firstFailAt: expired ? now : row.firstFailAt,
          blockedUntil: delay ? new Date(now.getTime() + delay * 1000) : null,
        },
      });
    }
  });
}

export async function clearFailures(db: Db, keys: string[]): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: { in: keys } } });
}

/** Drop rows whose window has passed (guessing at many emails leaves one row per email). */
export async function pruneThrottle(db: Db, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - THROTTLE_WINDOW_SECONDS * 1000);
  const { count } = await db.loginThrottle.deleteMany({
    where: { firstFailAt: { lt: cutoff }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: cutoff } }] },
  });
  return count;
}
