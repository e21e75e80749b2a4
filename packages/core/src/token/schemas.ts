import { z } from "zod";

export const ZCreateApiToken = z.object({
  name: z.string({ error: "Name the token" }).trim().min(1, "Name the token").max(100, "Use at most 100 characters"),
  expiresInDays: z
    .number({ error: "Use a whole number of days" })
    .int("Use a whole number of days")
    .min(1, "Use at least 1 day")
    .max(3650, "Use at most 3650 days")
    .optional(),
});
export type TCreateApiToken = z.input<typeof ZCreateApiToken>;

export const ZRevokeApiToken = z.object({ tokenId: z.string().min(1, "Choose a token") });
export type TRevokeApiToken = z.input<typeof ZRevokeApiToken>;

export const ZListApiTokens = z.object({ userId: z.string().min(1).optional() });
export type TListApiTokens = z.input<typeof ZListApiTokens>;

/** What leaves core about a token: `prefix` identifies it on screen, the hash never leaves. */
export type TApiTokenDto = {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  status: "active" | "revoked" | "expired";
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  createdAt: string;
};
