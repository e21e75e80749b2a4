import { verifyApiToken } from "@opsdeck/core";
import { makeUser } from "@opsdeck/core/testing";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeIo } from "../testing.ts";
import { tokenCreate } from "./token-create.ts";

describe("token create", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("prints a working token once, with a note on stderr", async () => {
    const user = await makeUser(t.db, { email: "bot@example.com", role: "RESPONDER" });
    const f = fakeIo();
    await tokenCreate({
      db: t.db,
      io: f.io,
      args: { name: "token create", email: "bot@example.com", tokenName: "deploy", expiresDays: "7" },
    });
    expect(f.out).toHaveLength(1);
    const token = f.out[0] ?? "";
    expect(token).toMatch(/^odk_[0-9A-Za-z]{40}$/);
    expect(f.err[0]).toMatch(/^Token "deploy" \(odk_\w{8}…\) for bot@example\.com, expires \d{4}-\d\d-\d\d\./);
    expect(f.err.join("")).not.toContain(token);
    expect((await verifyApiToken(t.db, token))?.id).toBe(user.id);
    expect(await t.db.auditLog.count({ where: { action: "token.create", actorLabel: "cli" } })).toBe(1);
  });

  it("refuses a bad expiry and an unknown or disabled user", async () => {
    await makeUser(t.db, { email: "off@example.com", disabled: true });
    const args = { name: "token create", email: "bot@example.com", expiresDays: "soon" } as const;
    const err = await tokenCreate({ db: t.db, io: fakeIo().io, args }).catch((e) => e);
    expect(err.fieldErrors).toEqual({ expiresInDays: ["Use a whole number of days"] });
    await expect(
      tokenCreate({ db: t.db, io: fakeIo().io, args: { name: "token create", email: "x@example.com" } }),
    ).rejects.toThrow(/No user/);
    await expect(
      tokenCreate({ db: t.db, io: fakeIo().io, args: { name: "token create", email: "off@example.com" } }),
    ).rejects.toThrow(/disabled/);
  });
});
