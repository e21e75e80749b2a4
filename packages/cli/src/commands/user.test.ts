import { makeUser } from "@opsdeck/core/testing";
import { verifyPassword } from "@opsdeck/core";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeIo } from "../testing.ts";
import { userCreate } from "./user-create.ts";
import { userList } from "./user-list.ts";
import { userResetPassword } from "./user-reset-password.ts";

describe("user commands", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("creates a user as the CLI, audited with the label cli", async () => {
    const f = fakeIo(["first admin password"]);
    await userCreate({
      db: t.db,
      io: f.io,
      args: { name: "user create", email: "Root@Example.com", role: "ADMIN", displayName: "Root" },
    });
    expect(f.out[0]).toMatch(/^Created ADMIN root@example\.com \(/);
    expect(f.prompts[0]).toMatch(/Password for Root@Example.com \(at least 12 characters\)/);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "user.create" } });
    expect(audit).toMatchObject({ actorId: null, actorLabel: "cli" });
  });

  it("refuses a duplicate and a short password", async () => {
    const args = { name: "user create", email: "root@example.com", role: "VIEWER" } as const;
    await expect(userCreate({ db: t.db, io: fakeIo(["long enough password"]).io, args })).rejects.toThrow(
      /already exists/,
    );
    await expect(
      userCreate({ db: t.db, io: fakeIo(["short"]).io, args: { ...args, email: "new@example.com" } }),
    ).rejects.toThrow(/Some fields/);
    expect(await t.db.user.count()).toBe(1);
  });

  it("resets a password by email", async () => {
    const user = await makeUser(t.db, { email: "reset@example.com" });
    const f = fakeIo(["the replacement password"]);
    await userResetPassword({ db: t.db, io: f.io, args: { name: "user reset-password", email: "RESET@example.com" } });
    expect(f.out).toEqual(["Password set for reset@example.com"]);
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("the replacement password", row.passwordHash ?? "")).toBe(true);
    await expect(
      userResetPassword({ db: t.db, io: f.io, args: { name: "user reset-password", email: "none@example.com" } }),
    ).rejects.toThrow("No user with the email none@example.com");
  });

  it("lists users in aligned columns", async () => {
    await makeUser(t.db, { email: "gone@example.com", disabled: true, name: "Gone" });
    const f = fakeIo();
    await userList({ db: t.db, io: f.io });
    expect(f.out[0]).toMatch(/^EMAIL\s+ROLE\s+STATUS\s+LAST SIGN-IN\s+NAME$/);
    expect(f.out.slice(1).map((l) => l.split(/\s{2,}/)[0])).toEqual([
      "reset@example.com",
      "root@example.com",
      "gone@example.com",
    ]);
    expect(f.out.at(-1)).toMatch(/gone@example\.com\s+VIEWER\s+disabled\s+never\s+Gone$/);
  });
});
