import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../errors.ts";
import { systemCtx } from "../roles.ts";
import { ctxOf, makeUser, type TestUser } from "../testing.ts";
import { createApiToken } from "./create.ts";
import { listApiTokens } from "./list.ts";

describe("listApiTokens", () => {
  let t: TestDb;
  let admin: TestUser;
  let user: TestUser;
  beforeAll(async () => {
    t = await createTestDb();
    admin = await makeUser(t.db, { role: "ADMIN" });
    user = await makeUser(t.db);
    await createApiToken({ db: t.db, ctx: ctxOf(user), input: { name: "first" } });
    await createApiToken({ db: t.db, ctx: ctxOf(user), input: { name: "second" } });
    await createApiToken({ db: t.db, ctx: ctxOf(admin), input: { name: "admin's" } });
  });
  afterAll(() => t.drop());

  it("lists your own tokens, newest first, without hashes", async () => {
    const tokens = await listApiTokens({ db: t.db, ctx: ctxOf(user) });
    expect(tokens.map((x) => x.name)).toEqual(["second", "first"]);
    expect(Object.keys(tokens[0] ?? {})).not.toContain("hash");
  });

  it("refuses a viewer listing someone else's tokens", async () => {
    await expect(listApiTokens({ db: t.db, ctx: ctxOf(user), input: { userId: admin.id } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("lets an admin list another user's tokens and the CLI list all", async () => {
    expect(await listApiTokens({ db: t.db, ctx: ctxOf(admin), input: { userId: user.id } })).toHaveLength(2);
    expect(await listApiTokens({ db: t.db, ctx: systemCtx() })).toHaveLength(3);
  });
});
