import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, ValidationError } from "../errors.ts";
import { systemCtx } from "../roles.ts";
import { ctxOf, expectAuditClean, makeUser, type TestUser } from "../testing.ts";
import { createUser } from "./create.ts";

const PASSWORD = "a long enough password";

describe("createUser", () => {
  let t: TestDb;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestDb();
    admin = await makeUser(t.db, { role: "ADMIN" });
  });
  afterAll(() => t.drop());

  it("creates a user with a normalized email, returns no hash and audits", async () => {
    const user = await createUser({
      db: t.db,
      ctx: ctxOf(admin),
      input: { email: "  Ana@Example.COM ", name: "Ana", role: "RESPONDER", password: PASSWORD },
    });
    expect(user).toMatchObject({ email: "ana@example.com", name: "Ana", role: "RESPONDER", disabledAt: null });
    expect(Object.keys(user)).not.toContain("passwordHash");
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$2b\$/);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "user.create", targetId: user.id } });
    expect(audit).toMatchObject({ actorId: admin.id, actorLabel: admin.email, requestId: "test-request" });
    await expectAuditClean(t.db, [PASSWORD]);
  });

  it("refuses a duplicate email, whatever its case", async () => {
    const input = { email: "ANA@example.com", role: "VIEWER" as const, password: PASSWORD };
    await expect(createUser({ db: t.db, ctx: ctxOf(admin), input })).rejects.toThrow(
      new ConflictError("A user with the email ana@example.com already exists"),
    );
  });

  it("lets only one of two concurrent creates of the same email through", async () => {
    const input = { email: "twin@example.com", role: "VIEWER" as const, password: PASSWORD };
    const results = await Promise.allSettled([1, 2].map(() => createUser({ db: t.db, ctx: ctxOf(admin), input })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected");
    expect(failed?.status === "rejected" && failed.reason).toBeInstanceOf(ConflictError);
  });

  it("refuses a viewer and a responder", async () => {
    for (const role of ["VIEWER", "RESPONDER"] as const) {
      const actor = await makeUser(t.db, { role });
      await expect(
        createUser({
          db: t.db,
          ctx: ctxOf(actor),
          input: { email: `new-${role}@example.com`, role: "ADMIN", password: PASSWORD },
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await t.db.user.count({ where: { email: { startsWith: "new-" } } })).toBe(0);
  });

  it("reports each invalid field", async () => {
    const err = await createUser({
      db: t.db,
      ctx: ctxOf(admin),
      input: { email: "nope", role: "ROOT" as never, password: "short" },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(Object.keys(err.fieldErrors).sort()).toEqual(["email", "password", "role"]);
    expect(err.fieldErrors.email).toEqual(["Invalid email"]);
    expect(err.fieldErrors.password).toEqual(["Use at least 12 characters"]);
  });

  it("refuses a password bcrypt would truncate", async () => {
    const input = { email: "long@example.com", role: "VIEWER" as const, password: "é".repeat(40) };
    const err = await createUser({ db: t.db, ctx: ctxOf(admin), input }).catch((e) => e);
    expect(err.fieldErrors.password).toEqual(["Use at most 72 bytes"]);
  });

  it("acts for the CLI with no actor and the label cli", async () => {
    const user = await createUser({
      db: t.db,
      ctx: systemCtx(),
      input: { email: "ops@example.com", role: "ADMIN", password: PASSWORD },
    });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "user.create", targetId: user.id } });
    expect(audit).toMatchObject({ actorId: null, actorLabel: "cli" });
  });
});
