import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { hashPassword } from "../auth/password.ts";
import { ConflictError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { findUserIdByEmail, isUniqueViolation, toUserDto, USER_SELECT } from "./internal.ts";
import { type TCreateUser, type TUserDto, ZCreateUser } from "./schemas.ts";

const taken = (email: string) => new ConflictError(`A user with the email ${email} already exists`);

/** An admin (or the operator CLI) adds a user with a password. */
export async function createUser({ db, ctx, input }: { db: Db; ctx: AnyCtx; input: TCreateUser }): Promise<TUserDto> {
  assertRole(ctx, "ADMIN");
  const data = parseInput(ZCreateUser, input);
  if (await findUserIdByEmail(db, data.email)) throw taken(data.email);
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.$transaction(async (tx) => {
      if (await findUserIdByEmail(tx, data.email)) throw taken(data.email);
      const user = await tx.user.create({
        data: { email: data.email, name: data.name ?? null, role: data.role, passwordHash },
        select: USER_SELECT,
      });
      const dto = toUserDto(user);
      await recordAudit(tx, ctx, { action: "user.create", targetType: "user", targetId: user.id, after: dto });
      return dto;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw taken(data.email);
    throw e;
  }
}
