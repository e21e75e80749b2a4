import type { Db } from "@opsdeck/db";
import { NotFoundError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { findUserIdByEmail, getUserOrThrow, toUserDto } from "./internal.ts";
import type { TUserDto } from "./schemas.ts";

/** Look a user up by email (case-insensitive), for admin tools such as the CLI. */
export async function getUserByEmail({ db, ctx, email }: { db: Db; ctx: AnyCtx; email: string }): Promise<TUserDto> {
  assertRole(ctx, "ADMIN");
  const id = await findUserIdByEmail(db, email);
  if (!id) throw new NotFoundError(`No user with the email ${email.trim()}`);
  return toUserDto(await getUserOrThrow(db, id));
}
