import type { Db, Role } from "@opsdeck/db";
import { USER_REF_SELECT, type UserRef } from "../incident/dto.ts";
import { type AnyCtx, assertRole, ROLES } from "../roles.ts";

/**
 * Enabled users by name and email, for choosing an owner (or, with `minRole`, someone to hold an
 * incident role); no roles or sign-in facts.
 */
export async function listUserRefs({
  db,
  ctx,
  minRole = "VIEWER",
}: {
  db: Db;
  ctx: AnyCtx;
  minRole?: Role;
}): Promise<UserRef[]> {
  assertRole(ctx, "RESPONDER");
  return db.user.findMany({
    where: { disabledAt: null, role: { in: ROLES.slice(ROLES.indexOf(minRole)) } },
    select: USER_REF_SELECT,
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
}
