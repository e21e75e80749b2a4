import { createHash } from "node:crypto";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, ValidationError } from "../errors.ts";
import { systemCtx } from "../roles.ts";
import { ctxOf, expectAuditClean, makeUser, type TestUser } from "../testing.ts";
import { createApiToken } from "./create.ts";

describe("createApiToken", () => {
  let t: TestDb;
  let admin: TestUser;
  let viewer: TestUser;
  beforeAll(async () => {
    t = await createTestDb();
    admin = await makeUser(t.db, { role: "ADMIN" });
    viewer = await makeUser(t.db);
  });
  afterAll(() => t.drop());

  it("returns the plaintext once and stores only its sha256", async () => {
    const { token, apiToken } = await createApiToken({ db: t.db, ctx: ctxOf(viewer), input: { name: " laptop " } });
    expect(token).toMatch(/^odk_[0-9A-Za-z]{40}$/);
    expect(apiToken).toMatchObject({
      userId: viewer.id,
      name: "laptop",
      prefix: token.slice(4, 12),
      status: "active",
      expiresAt: null,
    });
    expect(JSON.stringify(apiToken)).not.toContain(token.slice(12));
    const row = await t.db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(row.hash).toBe(createHash("sha256").update(token).digest("hex"));
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "token.create", targetId: apiToken.id } });
    expect(audit).toMatchObject({
      actorId: viewer.id,
      after: { userId: viewer.id, name: "laptop", prefix: apiToken.prefix },
    });
    await expectAuditClean(t.db, [token, row.hash]);
  });

  it("makes distinct tokens", async () => {
    const a = await createApiToken({ db: t.db, ctx: ctxOf(viewer), input: { name: "a" } });
    const b = await createApiToken({ db: t.db, ctx: ctxOf(viewer), input: { name: "b" } });
    expect(a.token).not.toBe(b.token);
  });

  it("sets an expiry in days", async () => {
    const before = Date.now();
    const { apiToken } = await createApiToken({
      db: t.db,
      ctx: ctxOf(viewer),
      input: { name: "ci", expiresInDays: 30 },
    });
    const ms = Date.parse(apiToken.expiresAt ?? "") - before;
    expect(ms).toBeGreaterThanOrEqual(30 * 86_400_000);
    expect(ms).toBeLessThan(30 * 86_400_000 + 60_000);
    await expect(
      createApiToken({ db: t.db, ctx: ctxOf(viewer), input: { name: "x", expiresInDays: 0 } }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses a viewer creating a token for someone else", async () => {
    await expect(
      createApiToken({ db: t.db, ctx: ctxOf(viewer), input: { name: "steal" }, forUserId: admin.id }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.apiToken.count({ where: { userId: admin.id } })).toBe(0);
  });

  it("lets an admin and the CLI create tokens for another user", async () => {
    const a = await createApiToken({
      db: t.db,
      ctx: ctxOf(admin),
      input: { name: "for viewer" },
      forUserId: viewer.id,
    });
    expect(a.apiToken.userId).toBe(viewer.id);
    const c = await createApiToken({ db: t.db, ctx: systemCtx(), input: { name: "from cli" }, forUserId: admin.id });
    expect(c.apiToken.userId).toBe(admin.id);
    expect(await t.db.auditLog.count({ where: { targetId: c.apiToken.id, actorLabel: "cli", actorId: null } })).toBe(1);
    await expect(createApiToken({ db: t.db, ctx: systemCtx(), input: { name: "whose?" } })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it("refuses a disabled user", async () => {
    const gone = await makeUser(t.db, { disabled: true });
    await expect(
      createApiToken({ db: t.db, ctx: ctxOf(admin), input: { name: "x" }, forUserId: gone.id }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});
