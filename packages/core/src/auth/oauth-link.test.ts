import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../testing.ts";
import { linkOAuthSignIn } from "./oauth-link.ts";

describe("linkOAuthSignIn", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("returns the enabled user with that email, whatever its case, and records the sign-in", async () => {
    const user = await makeUser(t.db, { email: "olga@example.com", role: "ADMIN", password: null });
    expect(await linkOAuthSignIn({ db: t.db, email: "Olga@Example.COM", provider: "github" })).toEqual({
      id: user.id,
      email: "olga@example.com",
      role: "ADMIN",
      name: null,
    });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "auth.sign_in", targetId: user.id } });
    expect(audit.after).toEqual({ method: "github" });
  });

  it("returns null for unknown or disabled users and creates nobody", async () => {
    await makeUser(t.db, { email: "gone@example.com", disabled: true });
    expect(await linkOAuthSignIn({ db: t.db, email: "stranger@example.com" })).toBeNull();
    expect(await linkOAuthSignIn({ db: t.db, email: "gone@example.com" })).toBeNull();
    expect(await linkOAuthSignIn({ db: t.db, email: "" })).toBeNull();
    expect(await t.db.user.count()).toBe(2);
  });
});
