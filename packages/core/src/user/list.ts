import type { Db } from "@opsdeck/db";
import { type AnyCtx, assertRole } from "../roles.ts";
import { toUserDto, USER_SELECT } from "./internal.ts";
import type { TUserDto } from "./schemas.ts";

/** All users for the admin screen and the CLI, enabled first, by email. */
export async function listUsers({ db, ctx }: { db: Db; ctx: AnyCtx }): Promise<TUserDto[]> {
  assertRole(ctx, "ADMIN");
  const users = await db.user.findMany({
    select: USER_SELECT,
    orderBy: [{ disabledAt: { sort: "desc", nulls: "first" } }, { email: "asc" }],
  });
  return users.map(toUserDto);
}
