import { randomBytes } from "node:crypto";
import type { Db, Role } from "@opsdeck/db";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { expect } from "vitest";
import { hashPassword } from "./auth/password.ts";
import { ValidationError } from "./errors.ts";
import type { Ctx } from "./roles.ts";

// Test runs hash at bcrypt's minimum cost; password.ts reads this on its first hash, whatever the import order.
process.env.OPSDECK_BCRYPT_COST ??= "4";

export const TEST_PASSWORD = "correct horse battery";

export type TestUser = { id: string; email: string; role: Role; name: string | null };

/** Insert a user directly (no audit row), for arranging a test. */
export async function makeUser(
  db: Db,
  opts: { role?: Role; email?: string; password?: string | null; disabled?: boolean; name?: string } = {},
): Promise<TestUser> {
  const { role = "VIEWER", password = TEST_PASSWORD, disabled = false } = opts;
  return db.user.create({
    data: {
      email: opts.email ?? `${role.toLowerCase()}-${randomBytes(4).toString("hex")}@example.com`,
      name: opts.name ?? null,
      role,
      passwordHash: password === null ? null : await hashPassword(password),
      disabledAt: disabled ? new Date() : null,
    },
    select: { id: true, email: true, role: true, name: true },
  });
}

export const ctxOf = (u: { id: string; email: string; role: Role }): Ctx => ({
  actor: { id: u.id, email: u.email, role: u.role },
  requestId: "test-request",
});

/** No audit row may hold a password, a bcrypt hash, a token or any of the given strings. */
export async function expectAuditClean(db: Db, forbidden: string[] = []): Promise<void> {
  const text = JSON.stringify(await db.auditLog.findMany());
  expect(text).not.toMatch(/\$2[aby]\$\d\d\$/);
  expect(text).not.toMatch(/(odk|ocal)_[0-9A-Za-z]{40}/);
  expect(text).not.toMatch(/passwordHash/);
  for (const s of [TEST_PASSWORD, ...forbidden]) expect(text).not.toContain(s);
}

export type RoleSuite = { t: TestDb; admin: TestUser; responder: TestUser; viewer: TestUser };

/** A database of the suite's own with one user of each role. */
export async function roleSuite(): Promise<RoleSuite> {
  const t = await createTestDb();
  const [admin, responder, viewer] = await Promise.all([
    makeUser(t.db, { role: "ADMIN" }),
    makeUser(t.db, { role: "RESPONDER" }),
    makeUser(t.db, { role: "VIEWER" }),
  ]);
  return { t, admin, responder, viewer };
}

export const passwordHashOf = async (db: Db, id: string): Promise<string> =>
  (await db.user.findUniqueOrThrow({ where: { id } })).passwordHash ?? "";

/** The field errors a rejected call carries (it must reject with a ValidationError). */
export const fieldErrors = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a ValidationError");
    },
    (e) => {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).fieldErrors;
    },
  );
