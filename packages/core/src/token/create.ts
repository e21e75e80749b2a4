import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { ConflictError, ValidationError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { getUserOrThrow } from "../user/internal.ts";
import { parseInput } from "../validate.ts";
import { generateToken, TOKEN_SELECT, toTokenDto } from "./internal.ts";
import { type TApiTokenDto, type TCreateApiToken, ZCreateApiToken } from "./schemas.ts";

const DAY_MS = 86_400_000;

/**
 * Users create tokens for themselves; an admin, or the operator CLI, for another user (`forUserId`).
 * The plaintext is returned this once and only its sha256 is stored.
 */
export async function createApiToken({
  db,
  ctx,
  input,
  forUserId,
}: {
  db: Db;
  ctx: AnyCtx;
  input: TCreateApiToken;
  forUserId?: string;
}): Promise<{ token: string; apiToken: TApiTokenDto }> {
  const userId = forUserId ?? ctx.actor?.id;
  if (!userId) throw new ValidationError({ forUserId: ["Say which user the token is for"] });
  if (userId !== ctx.actor?.id) assertRole(ctx, "ADMIN");
  const data = parseInput(ZCreateApiToken, input);
  const { token, prefix, hash } = generateToken();
  const now = new Date();
  const apiToken = await db.$transaction(async (tx) => {
    const user = await getUserOrThrow(tx, userId);
    if (user.disabledAt) throw new ConflictError(`${user.email} is disabled; enable the user first`);
    const row = await tx.apiToken.create({
      data: {
        userId,
        name: data.name,
        prefix,
        hash,
        expiresAt: data.expiresInDays ? new Date(now.getTime() + data.expiresInDays * DAY_MS) : null,
      },
      select: TOKEN_SELECT,
    });
    const dto = toTokenDto(row, now);
    await recordAudit(tx, ctx, {
      action: "token.create",
      targetType: "api_token",
      targetId: row.id,
      after: { userId, name: dto.name, prefix, expiresAt: dto.expiresAt },
    });
    return dto;
  });
  return { token, apiToken };
}
