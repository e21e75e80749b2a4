import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors.ts";
import { systemCtx } from "../roles.ts";
import { ctxOf, expectAuditClean, makeUser, type TestUser } from "../testing.ts";
import { updateUserRole } from "./update-role.ts";

describe("updateUserRole", () => {
  let t: TestDb;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestDb();
    admin = await makeUser(t.db, { role: "ADMIN" });
  });
  afterAll(() => t.drop());

  it("changes the role and audits before and after", async () => {
    const user = await makeUser(t.db);
    const dto = await updateUserRole({ db: t.db, ctx: ctxOf(admin), input: { userId: user.id, role: "RESPONDER" } });
    expect(dto.role).toBe("RESPONDER");
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "user.update_role", targetId: user.id } });
    expect(audit).toMatchObject({ actorId: admin.id, before: { role: "VIEWER" }, after: { role: "RESPONDER" } });
    await expectAuditClean(t.db);
  });

  it("refuses a viewer", async () => {
    const viewer = await makeUser(t.db);
    await expect(
      updateUserRole({ db: t.db, ctx: ctxOf(viewer), input: { userId: viewer.id, role: "ADMIN" } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: viewer.id } })).role).toBe("VIEWER");
  });

  it("does not let the last enabled admin be demoted, by themselves or the CLI", async () => {
    await makeUser(t.db, { role: "ADMIN", disabled: true });
    await expect(
      updateUserRole({ db: t.db, ctx: ctxOf(admin), input: { userId: admin.id, role: "VIEWER" } }),
    ).rejects.toThrow(new ConflictError("You are the last enabled admin; make another user an admin first"));
    await expect(
      updateUserRole({ db: t.db, ctx: systemCtx(), input: { userId: admin.id, role: "VIEWER" } }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("lets only one of two admins demoting each other at once succeed", async () => {
    // Several rounds, because a single pair does not always overlap in time.
    for (let round = 0; round < 5; round++) {
      const other = await makeUser(t.db, { role: "ADMIN" });
      const results = await Promise.allSettled([
        updateUserRole({ db: t.db, ctx: ctxOf(admin), input: { userId: other.id, role: "VIEWER" } }),
        updateUserRole({ db: t.db, ctx: ctxOf(other), input: { userId: admin.id, role: "VIEWER" } }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const admins = await t.db.user.findMany({ where: { role: "ADMIN", disabledAt: null } });
      expect(admins).toHaveLength(1);
      admin = { ...admin, id: admins[0]?.id ?? "", email: admins[0]?.email ?? "" };
    }
  });

  it("lets an admin step down once another admin exists", async () => {
    const other = await makeUser(t.db, { role: "ADMIN" });
    const dto = await updateUserRole({ db: t.db, ctx: ctxOf(admin), input: { userId: admin.id, role: "RESPONDER" } });
    expect(dto.role).toBe("RESPONDER");
    expect(await t.db.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
    admin = other;
  });

  it("reports an unknown user", async () => {
    await expect(
      updateUserRole({ db: t.db, ctx: ctxOf(admin), input: { userId: "nope", role: "VIEWER" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
