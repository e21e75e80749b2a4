import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ValidationError } from "../errors.ts";
import { expectAuditClean } from "../testing.ts";
import { isSetupOpen, setupFirstAdmin } from "./setup-first-admin.ts";

const PASSWORD = "first admin password";

describe("setupFirstAdmin", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("validates before anything else", async () => {
    await expect(setupFirstAdmin({ db: t.db, input: { email: "x", password: "short" } })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it("stays open while the only users are disabled ones (the demo's on-call engineers)", async () => {
    await t.db.user.create({ data: { email: "ada.demo@example.com", role: "RESPONDER", disabledAt: new Date() } });
    expect(await isSetupOpen(t.db)).toBe(true);
  });

  it("lets exactly one of 5 concurrent calls create the admin", async () => {
    const results = await Promise.allSettled(
      [0, 1, 2, 3, 4].map((i) =>
        setupFirstAdmin({
          db: t.db,
          input: { email: `admin${i}@example.com`, password: PASSWORD },
          requestId: `r${i}`,
        }),
      ),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok).toHaveLength(1);
    for (const r of results)
      if (r.status === "rejected") expect(r.reason).toEqual(new ConflictError("Setup is already done"));
    const users = await t.db.user.findMany({ where: { disabledAt: null } });
    expect(users).toHaveLength(1);
    expect(users[0]?.role).toBe("ADMIN");
    const audit = await t.db.auditLog.findMany({ where: { action: "user.setup_first_admin" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, actorLabel: "setup", targetId: users[0]?.id });
    await expectAuditClean(t.db, [PASSWORD]);
  });

  it("refuses a second run", async () => {
    await expect(
      setupFirstAdmin({ db: t.db, input: { email: "late@example.com", password: PASSWORD } }),
    ).rejects.toThrow("Setup is already done");
    expect(await isSetupOpen(t.db)).toBe(false);
    expect(await t.db.user.count()).toBe(2);
  });
});
