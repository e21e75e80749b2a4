import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../errors.ts";
import { ctxOf, expectAuditClean, makeUser, type TestUser } from "../testing.ts";
import { createApiToken } from "./create.ts";
import { revokeApiToken } from "./revoke.ts";

describe("revokeApiToken", () => {
  let t: TestDb;
  let admin: TestUser;
  let user: TestUser;
  const mint = async (owner: TestUser) =>
    (await createApiToken({ db: t.db, ctx: ctxOf(owner), input: { name: "t" } })).apiToken;
  beforeAll(async () => {
    t = await createTestDb();
    admin = await makeUser(t.db, { role: "ADMIN" });
    user = await makeUser(t.db);
  });
  afterAll(() => t.drop());

  it("lets the owner revoke, once, with an audit row", async () => {
    const token = await mint(user);
    const dto = await revokeApiToken({ db: t.db, ctx: ctxOf(user), input: { tokenId: token.id } });
    expect(dto).toMatchObject({ status: "revoked" });
    expect(dto.revokedAt).not.toBeNull();
    const again = await revokeApiToken({ db: t.db, ctx: ctxOf(user), input: { tokenId: token.id } });
    expect(again.revokedAt).toBe(dto.revokedAt);
    expect(await t.db.auditLog.count({ where: { action: "token.revoke", targetId: token.id } })).toBe(1);
    await expectAuditClean(t.db);
  });

  it("refuses a viewer revoking someone else's token", async () => {
    const token = await mint(admin);
    await expect(revokeApiToken({ db: t.db, ctx: ctxOf(user), input: { tokenId: token.id } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await t.db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
  });

  it("lets an admin revoke anyone's token", async () => {
    const token = await mint(user);
    expect((await revokeApiToken({ db: t.db, ctx: ctxOf(admin), input: { tokenId: token.id } })).status).toBe(
      "revoked",
    );
  });

  it("reports an unknown token", async () => {
    await expect(revokeApiToken({ db: t.db, ctx: ctxOf(admin), input: { tokenId: "nope" } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
