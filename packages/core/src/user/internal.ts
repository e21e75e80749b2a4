import { type Db, Prisma } from "@opsdeck/db";
import { NotFoundError } from "../errors.ts";
import { isUnsafeText } from "../input-safety.ts";
import type { TUserDto } from "./schemas.ts";

export type Tx = Prisma.TransactionClient;

/** Every user read goes through this select, so the password hash is never loaded by accident. */
export const USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  lastLoginAt: true,
  createdAt: true,
} as const satisfies Prisma.UserSelect;

export type UserRow = Prisma.UserGetPayload<{ select: typeof USER_SELECT }>;

export const toUserDto = (u: UserRow): TUserDto => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  disabledAt: u.disabledAt?.toISOString() ?? null,
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  createdAt: u.createdAt.toISOString(),
});

export async function getUserOrThrow(db: Db | Tx, id: string): Promise<UserRow> {
  const user = await db.user.findUnique({ where: { id }, select: USER_SELECT });
  if (!user) throw new NotFoundError("No such user");
  return user;
}

/**
 * Emails are stored lowercased, but rows written by older code may not be: compare case-insensitively.
 * An email no row could hold (NUL or a lone surrogate) finds nobody rather than a database error.
 */
export const findUserIdByEmail = async (db: Db | Tx, email: string): Promise<string | null> =>
  isUnsafeText(email)
    ? null
    : ((
        await db.user.findFirst({
          where: { email: { equals: email.trim(), mode: "insensitive" } },
          select: { id: true },
        })
      )?.id ?? null);

/** Serializes every change that could leave no enabled admin (two admins demoting each other at once). */
export async function lockAdmins(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('opsdeck:admins'))`;
}

export const countEnabledAdmins = (tx: Tx): Promise<number> =>
  tx.user.count({ where: { role: "ADMIN", disabledAt: null } });

export const isUniqueViolation = (e: unknown): boolean =>
  e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
