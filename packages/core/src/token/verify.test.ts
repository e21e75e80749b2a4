import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUserDisabled } from "../user/set-disabled.ts";
import { ctxOf, makeUser, type TestUser } from "../testing.ts";
import { createApiToken } from "./create.ts";
import { revokeApiToken } from "./revoke.ts";
import { verifyApiToken } from "./verify.ts";

describe("verifyApiToken", () => {
  let t: TestDb;
  let admin: TestUser;
  let user: TestUser;
  const mint = async (owner: TestUser, expiresInDays?: number) =>
    createApiToken({ db: t.db, ctx: ctxOf(owner), input: { name: "t", expiresInDays } });
  beforeAll(async () => {
    t = await createTestDb();
    admin = await makeUser(t.db, { role: "ADMIN" });
    user = await makeUser(t.db, { role: "RESPONDER", name: "Rui" });
  });
  afterAll(() => t.drop());

  it("returns the token's user", async () => {
    const { token } = await mint(user);
    expect(await verifyApiToken(t.db, token)).toEqual({
      id: user.id,
      email: user.email,
      role: "RESPONDER",
      name: "Rui",
    });
  });

  it("rejects wrong, malformed and altered tokens", async () => {
    const { token } = await mint(user);
    const altered = token.slice(0, -1) + (token.endsWith("a") ? "b" : "a");
    for (const bad of [altered, "odk_short", "", `${token} `, token.replace("odk_", "xyz_")]) {
      expect(await verifyApiToken(t.db, bad)).toBeNull();
    }
  });

  it("rejects a revoked token", async () => {
    const { token, apiToken } = await mint(user);
    await revokeApiToken({ db: t.db, ctx: ctxOf(user), input: { tokenId: apiToken.id } });
    expect(await verifyApiToken(t.db, token)).toBeNull();
  });

  it("rejects an expired token", async () => {
    const { token } = await mint(user, 1);
    expect(await verifyApiToken(t.db, token, new Date(Date.now() + 3_600_000))).not.toBeNull();
    expect(await verifyApiToken(t.db, token, new Date(Date.now() + 2 * 86_400_000))).toBeNull();
  });

  it("rejects the tokens of a disabled user", async () => {
    const other = await makeUser(t.db);
    const { token } = await mint(other);
    await t.db.user.update({ where: { id: other.id }, data: { disabledAt: new Date() } });
    expect(await verifyApiToken(t.db, token)).toBeNull();
    await t.db.user.update({ where: { id: other.id }, data: { disabledAt: null } });
    await setUserDisabled({ db: t.db, ctx: ctxOf(admin), input: { userId: other.id, disabled: true } });
    await setUserDisabled({ db: t.db, ctx: ctxOf(admin), input: { userId: other.id, disabled: false } });
    expect(await verifyApiToken(t.db, token)).toBeNull();
  });

  it("updates lastUsedAt at most once a minute", async () => {
    const { token, apiToken } = await mint(user);
    const lastUsed = async () =>
      (await t.db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })).lastUsedAt?.getTime();
    const t0 = Date.now();
    await verifyApiToken(t.db, token, new Date(t0));
    expect(await lastUsed()).toBe(t0);
    await verifyApiToken(t.db, token, new Date(t0 + 30_000));
    expect(await lastUsed()).toBe(t0);
    await verifyApiToken(t.db, token, new Date(t0 + 61_000));
    expect(await lastUsed()).toBe(t0 + 61_000);
  });
});
