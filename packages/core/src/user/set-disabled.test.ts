import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError } from "../errors.ts";
import { systemCtx } from "../roles.ts";
import { ctxOf, expectAuditClean, makeUser, type TestUser } from "../testing.ts";
import { createApiToken } from "../token/create.ts";
import { setUserDisabled } from "./set-disabled.ts";

describe("setUserDisabled", () => {
  let t: TestDb;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestDb();
    admin = await makeUser(t.db, { role: "ADMIN" });
  });
  afterAll(() => t.drop());

  it("disables a user, revokes their tokens and audits", async () => {
    const user = await makeUser(t.db, { role: "RESPONDER" });
    await createApiToken({ db: t.db, ctx: ctxOf(user), input: { name: "ci" } });
    await createApiToken({ db: t.db, ctx: ctxOf(user), input: { name: "laptop" } });
    const dto = await setUserDisabled({ db: t.db, ctx: ctxOf(admin), input: { userId: user.id, disabled: true } });
    expect(dto.disabledAt).not.toBeNull();
    expect(await t.db.apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "user.disable", targetId: user.id } });
    expect(audit).toMatchObject({ actorId: admin.id, before: { disabledAt: null }, after: { revokedCredentials: 2 } });

    const enabled = await setUserDisabled({ db: t.db, ctx: ctxOf(admin), input: { userId: user.id, disabled: false } });
    expect(enabled.disabledAt).toBeNull();
    expect(await t.db.apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await t.db.auditLog.count({ where: { action: "user.enable", targetId: user.id } })).toBe(1);
    await expectAuditClean(t.db);
  });

  it("refuses a viewer", async () => {
    const viewer = await makeUser(t.db);
    await expect(
      setUserDisabled({ db: t.db, ctx: ctxOf(viewer), input: { userId: admin.id, disabled: true } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).disabledAt).toBeNull();
  });

  it("does not let anyone disable themselves", async () => {
    await makeUser(t.db, { role: "ADMIN" });
    await expect(
      setUserDisabled({ db: t.db, ctx: ctxOf(admin), input: { userId: admin.id, disabled: true } }),
    ).rejects.toThrow(new ForbiddenError("You cannot disable your own account"));
  });

  it("lets only one of two admins disabling each other at once succeed", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await makeUser(t.db, { role: "ADMIN" });
      const b = await makeUser(t.db, { role: "ADMIN" });
      await t.db.user.updateMany({
        where: { role: "ADMIN", id: { notIn: [a.id, b.id] } },
        data: { disabledAt: new Date() },
      });
      const results = await Promise.allSettled([
        setUserDisabled({ db: t.db, ctx: ctxOf(a), input: { userId: b.id, disabled: true } }),
        setUserDisabled({ db: t.db, ctx: ctxOf(b), input: { userId: a.id, disabled: true } }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await t.db.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
    }
    admin = await t.db.user.findFirstOrThrow({
      where: { role: "ADMIN", disabledAt: null },
      select: { id: true, email: true, role: true, name: true },
    });
  });

  it("does not disable the last enabled admin", async () => {
    const { db } = t;
    const others = await db.user.findMany({ where: { role: "ADMIN", id: { not: admin.id } } });
    for (const o of others) await setUserDisabled({ db, ctx: ctxOf(admin), input: { userId: o.id, disabled: true } });
    await expect(
      setUserDisabled({ db, ctx: systemCtx(), input: { userId: admin.id, disabled: true } }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await db.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
  });
});
