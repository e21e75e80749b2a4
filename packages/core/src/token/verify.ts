import type { Db } from "@opsdeck/db";
import type { NamedActor } from "../roles.ts";
import { hashToken, TOKEN_PATTERN } from "./internal.ts";
import { lastUseTouch } from "./touch.ts";

/** The actor behind an API token, or null when it is malformed, unknown, revoked, expired or its user is disabled. */
export async function verifyApiToken(db: Db, plaintext: string, now = new Date()): Promise<NamedActor | null> {
  if (!TOKEN_PATTERN.test(plaintext)) return null;
  const row = await db.apiToken.findUnique({
    where: { hash: hashToken(plaintext) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, role: true, name: true, disabledAt: true } },
    },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || row.user.disabledAt) return null;
  const touch = lastUseTouch(row, now);
  if (touch) await db.apiToken.updateMany(touch);
  const { id, email, role, name } = row.user;
  return { id, email, role, name };
}
