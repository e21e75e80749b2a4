import type { Db } from "@opsdeck/db";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { TOKEN_SELECT, toTokenDto } from "./internal.ts";
import { type TApiTokenDto, type TListApiTokens, ZListApiTokens } from "./schemas.ts";

/** Tokens of one user, newest first: your own, or anyone's for an admin (all users' for the CLI without `userId`). */
export async function listApiTokens({
  db,
  ctx,
  input = {},
}: {
  db: Db;
  ctx: AnyCtx;
  input?: TListApiTokens;
}): Promise<TApiTokenDto[]> {
  const { userId = ctx.actor?.id } = parseInput(ZListApiTokens, input);
  if (userId !== ctx.actor?.id) assertRole(ctx, "ADMIN");
  const rows = await db.apiToken.findMany({
    where: userId ? { userId } : {},
    select: TOKEN_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const now = new Date();
  return rows.map((r) => toTokenDto(r, now));
}
