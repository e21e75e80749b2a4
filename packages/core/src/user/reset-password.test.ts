import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/password.ts";
import { ForbiddenError, ValidationError } from "../errors.ts";
import { systemCtx } from "../roles.ts";
import { ctxOf, expectAuditClean, makeUser, TEST_PASSWORD, type TestUser } from "../testing.ts";
import { resetPassword } from "./reset-password.ts";

const NEW_PASSWORD = "brand new password 1";

describe("resetPassword", () => {
  let t: TestDb;
  let admin: TestUser;
  const hashOf = async (id: string) => (await t.db.user.findUniqueOrThrow({ where: { id } })).passwordHash ?? "";
  beforeAll(async () => {
    t = await createTestDb();
    admin = await makeUser(t.db, { role: "ADMIN" });
  });
  afterAll(() => t.drop());

  it("lets an admin set another user's password, clearing their sign-in throttle", async () => {
    const user = await makeUser(t.db);
    await t.db.loginThrottle.create({
      data: { key: `email:${user.email}`, failures: 9, blockedUntil: new Date(Date.now() + 60_000) },
    });
    await resetPassword({ db: t.db, ctx: ctxOf(admin), input: { userId: user.id, newPassword: NEW_PASSWORD } });
    expect(await verifyPassword(NEW_PASSWORD, await hashOf(user.id))).toBe(true);
    expect(await t.db.loginThrottle.count()).toBe(0);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "user.reset_password", targetId: user.id } });
    expect(audit).toMatchObject({ actorId: admin.id, after: { self: false } });
  });

  it("lets users change their own password with the current one", async () => {
    const user = await makeUser(t.db);
    const err = await resetPassword({
      db: t.db,
      ctx: ctxOf(user),
      input: { userId: user.id, newPassword: NEW_PASSWORD, currentPassword: "wrong" },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.fieldErrors).toEqual({ currentPassword: ["Current password is incorrect"] });
    await resetPassword({
      db: t.db,
      ctx: ctxOf(user),
      input: { userId: user.id, newPassword: NEW_PASSWORD, currentPassword: TEST_PASSWORD },
    });
    expect(await verifyPassword(NEW_PASSWORD, await hashOf(user.id))).toBe(true);
  });

  it("asks admins for their current password too when it is their own", async () => {
    await expect(
      resetPassword({ db: t.db, ctx: ctxOf(admin), input: { userId: admin.id, newPassword: NEW_PASSWORD } }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses a viewer setting someone else's password", async () => {
    const viewer = await makeUser(t.db);
    const before = await hashOf(admin.id);
    await expect(
      resetPassword({ db: t.db, ctx: ctxOf(viewer), input: { userId: admin.id, newPassword: NEW_PASSWORD } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await hashOf(admin.id)).toBe(before);
  });

  it("works for the CLI, audited as cli", async () => {
    const user = await makeUser(t.db, { password: null });
    await resetPassword({ db: t.db, ctx: systemCtx(), input: { userId: user.id, newPassword: NEW_PASSWORD } });
    expect(await verifyPassword(NEW_PASSWORD, await hashOf(user.id))).toBe(true);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "user.reset_password", targetId: user.id } });
    expect(audit).toMatchObject({ actorId: null, actorLabel: "cli" });
    await expectAuditClean(t.db, [NEW_PASSWORD]);
  });

  it("refuses users without a password changing it themselves", async () => {
    const user = await makeUser(t.db, { password: null });
    await expect(
      resetPassword({ db: t.db, ctx: ctxOf(user), input: { userId: user.id, newPassword: NEW_PASSWORD } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
