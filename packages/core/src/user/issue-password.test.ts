import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/password.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import {
  ctxOf,
  expectAuditClean,
  makeUser,
  passwordHashOf,
  type RoleSuite,
  roleSuite,
  TEST_PASSWORD,
} from "../testing.ts";
import { issueTemporaryPassword } from "./issue-password.ts";

describe("issueTemporaryPassword", () => {
  let s: RoleSuite;
  const hashOf = (id: string) => passwordHashOf(s.t.db, id);
  beforeAll(async () => {
    s = await roleSuite();
  });
  afterAll(() => s.t.drop());

  it("sets a generated password, returns it once and audits the reset without it", async () => {
    const user = await makeUser(s.t.db);
    const { password } = await issueTemporaryPassword({ db: s.t.db, ctx: ctxOf(s.admin), input: { userId: user.id } });
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await verifyPassword(password, await hashOf(user.id))).toBe(true);
    expect(await verifyPassword(TEST_PASSWORD, await hashOf(user.id))).toBe(false);
    const audit = await s.t.db.auditLog.findFirstOrThrow({
      where: { action: "user.reset_password", targetId: user.id },
    });
    expect(audit).toMatchObject({ actorId: s.admin.id, after: { self: false } });
    await expectAuditClean(s.t.db, [password]);
    const again = await issueTemporaryPassword({ db: s.t.db, ctx: ctxOf(s.admin), input: { userId: user.id } });
    expect(again.password).not.toBe(password);
  });

  it("refuses a viewer and a responder, changing nothing", async () => {
    const user = await makeUser(s.t.db);
    const before = await hashOf(user.id);
    for (const actor of [s.viewer, s.responder]) {
      await expect(
        issueTemporaryPassword({ db: s.t.db, ctx: ctxOf(actor), input: { userId: user.id } }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await hashOf(user.id)).toBe(before);
  });

  it("refuses the admin's own account and an unknown user", async () => {
    const own = await issueTemporaryPassword({ db: s.t.db, ctx: ctxOf(s.admin), input: { userId: s.admin.id } }).catch(
      (e) => e,
    );
    expect(own).toBeInstanceOf(ValidationError);
    await expect(
      issueTemporaryPassword({ db: s.t.db, ctx: ctxOf(s.admin), input: { userId: "nobody" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
