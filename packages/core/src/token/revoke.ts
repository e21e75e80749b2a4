import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { NotFoundError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { TOKEN_SELECT, toTokenDto } from "./internal.ts";
import { type TApiTokenDto, type TRevokeApiToken, ZRevokeApiToken } from "./schemas.ts";

/** Revoke a token: its owner or an admin. Revoking twice is a no-op. */
export async function revokeApiToken({
  db,
  ctx,
  input,
}: {
  db: Db;
  ctx: AnyCtx;
  input: TRevokeApiToken;
}): Promise<TApiTokenDto> {
  const { tokenId } = parseInput(ZRevokeApiToken, input);
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: TOKEN_SELECT });
    if (!token) throw new NotFoundError("No such token");
    if (token.userId !== ctx.actor?.id) assertRole(ctx, "ADMIN");
    if (token.revokedAt) return toTokenDto(token);
    const now = new Date();
    const row = await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: now }, select: TOKEN_SELECT });
    await recordAudit(tx, ctx, {
      action: "token.revoke",
      targetType: "api_token",
      targetId: tokenId,
      before: { revokedAt: null },
      after: { userId: row.userId, name: row.name, prefix: row.prefix, revokedAt: now },
    });
    return toTokenDto(row, now);
  });
}
