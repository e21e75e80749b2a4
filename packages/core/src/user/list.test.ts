import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../errors.ts";
import { systemCtx } from "../roles.ts";
import { ctxOf, makeUser, type TestUser } from "../testing.ts";
import { getUserByEmail } from "./get-by-email.ts";
import { listUsers } from "./list.ts";

describe("listUsers and getUserByEmail", () => {
  let t: TestDb;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestDb();
    admin = await makeUser(t.db, { role: "ADMIN", email: "b-admin@example.com" });
    await makeUser(t.db, { email: "a-gone@example.com", disabled: true });
    await makeUser(t.db, { email: "c-viewer@example.com" });
  });
  afterAll(() => t.drop());

  it("lists enabled users first, without any password hash", async () => {
    const users = await listUsers({ db: t.db, ctx: ctxOf(admin) });
    expect(users.map((u) => u.email)).toEqual(["b-admin@example.com", "c-viewer@example.com", "a-gone@example.com"]);
    expect(JSON.stringify(users)).not.toMatch(/passwordHash|\$2b\$/);
    expect(users[2]?.disabledAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("refuses a viewer", async () => {
    const viewer = await makeUser(t.db);
    await expect(listUsers({ db: t.db, ctx: ctxOf(viewer) })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getUserByEmail({ db: t.db, ctx: ctxOf(viewer), email: admin.email })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("finds a user by email whatever its case", async () => {
    expect((await getUserByEmail({ db: t.db, ctx: systemCtx(), email: " C-Viewer@Example.com" })).email).toBe(
      "c-viewer@example.com",
    );
    await expect(getUserByEmail({ db: t.db, ctx: systemCtx(), email: "who@example.com" })).rejects.toThrow(
      new NotFoundError("No user with the email who@example.com"),
    );
  });
});
