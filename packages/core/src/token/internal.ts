import { createHash, randomBytes } from "node:crypto";
import type { ApiTokenModel } from "@opsdeck/db";
import type { TApiTokenDto } from "./schemas.ts";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BODY_LENGTH = 40;
export const TOKEN_PATTERN = /^odk_[0-9A-Za-z]{40}$/;

/**
 * `<kind>_` + 40 base62 characters (~238 bits): `odk_` for API tokens, `ocal_` for calendar feeds.
 * Bytes ≥ 248 are skipped so every character is equally likely.
 */
export function generateToken(kind = "odk"): { token: string; prefix: string; hash: string } {
  let body = "";
  while (body.length < BODY_LENGTH) {
    for (const b of randomBytes(64)) {
      if (b < 248 && body.length < BODY_LENGTH) body += ALPHABET[b % 62];
    }
  }
  const token = `${kind}_${body}`;
  return { token, prefix: body.slice(0, 8), hash: hashToken(token) };
}

/** Tokens are high-entropy, so a fast unsalted hash is enough to make a leaked table useless. */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export function toTokenDto(t: Omit<ApiTokenModel, "hash">, now = new Date()): TApiTokenDto {
  const status = t.revokedAt ? "revoked" : t.expiresAt && t.expiresAt <= now ? "expired" : "active";
  return {
    id: t.id,
    userId: t.userId,
    name: t.name,
    prefix: t.prefix,
    status,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    expiresAt: t.expiresAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
    createdAt: t.createdAt.toISOString(),
  };
}

export const TOKEN_SELECT = {
  id: true,
  userId: true,
  name: true,
  prefix: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  createdAt: true,
} as const;
