import type { Db } from "@opsdeck/db";
import { USER_REF_SELECT, type UserRef } from "../incident/dto.ts";
import { type AnyCtx, assertRole } from "../roles.ts";

/** Enabled users by name and email, for choosing an owner; no roles or sign-in facts. */
export async function listUserRefs({ db, ctx }: { db: Db; ctx: AnyCtx }): Promise<UserRef[]> {
  assertRole(ctx, "RESPONDER");
  return db.user.findMany({
    where: { disabledAt: null },
    select: USER_REF_SELECT,
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
}
