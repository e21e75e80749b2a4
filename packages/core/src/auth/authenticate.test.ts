import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimitedError } from "../errors.ts";
import { expectAuditClean, makeUser, TEST_PASSWORD, type TestUser } from "../testing.ts";
import { authenticateWithPassword } from "./authenticate.ts";

describe("authenticateWithPassword", () => {
  let t: TestDb;
  let user: TestUser;
  const signIn = (email: string, password: string, now = new Date(), ip = "10.0.0.1") =>
    authenticateWithPassword({ db: t.db, email, password, ip, now, requestId: "req-1" });
  beforeAll(async () => {
    t = await createTestDb();
    user = await makeUser(t.db, { role: "RESPONDER", name: "Rita" });
  });
  afterAll(() => t.drop());

  it("returns the actor, whatever the email's case, and records the sign-in", async () => {
    const actor = await signIn(` ${user.email.toUpperCase()} `, TEST_PASSWORD);
    expect(actor).toEqual({ id: user.id, email: user.email, role: "RESPONDER", name: "Rita" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "auth.sign_in" } });
    expect(audit).toMatchObject({
      actorId: user.id,
      targetId: user.id,
      requestId: "req-1",
      after: { method: "password", ip: "10.0.0.1" },
    });
  });

  it("returns null for a wrong password or an unknown email, audited with the email tried", async () => {
    expect(await signIn(user.email, "not the password", new Date(), "10.0.0.2")).toBeNull();
    expect(await signIn("ghost@example.com", TEST_PASSWORD, new Date(), "10.0.0.3")).toBeNull();
    const failed = await t.db.auditLog.findMany({
      where: { action: "auth.sign_in_failed" },
      orderBy: { createdAt: "asc" },
    });
    expect(failed.map((a) => [a.actorLabel, a.actorId, (a.after as { reason: string }).reason])).toEqual([
      [user.email, null, "wrong_password"],
      ["ghost@example.com", null, "unknown_email"],
    ]);
    await expectAuditClean(t.db, ["not the password"]);
  });

  it("refuses a disabled user even with the right password", async () => {
    const gone = await makeUser(t.db, { disabled: true });
    expect(await signIn(gone.email, TEST_PASSWORD, new Date(), "10.0.0.4")).toBeNull();
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: "auth.sign_in_failed", actorLabel: gone.email },
    });
    expect(audit.after).toMatchObject({ reason: "disabled" });
  });

  it("slows down repeated failures, even for the right password, and resets after success", async () => {
    const victim = await makeUser(t.db);
    const t0 = Date.now();
    const now = (s: number) => new Date(t0 + s * 1000);
    for (let i = 0; i < 5; i++) expect(await signIn(victim.email, `guess ${i}`, now(i), `10.1.0.${i}`)).toBeNull();
    const blocked = await signIn(victim.email, TEST_PASSWORD, now(6), "10.9.9.9").catch((e) => e);
    expect(blocked).toBeInstanceOf(RateLimitedError);
    expect(blocked.retryAfterSeconds).toBe(28);
    expect(await signIn(victim.email, TEST_PASSWORD, now(40), "10.9.9.9")).not.toBeNull();
    expect(await t.db.loginThrottle.count({ where: { key: `email:${victim.email}` } })).toBe(0);
  });

  it("slows down one address guessing across many emails", async () => {
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) await signIn(`spray${i}@example.com`, "guess", new Date(t0 + i), "10.2.0.1");
    await expect(signIn(user.email, TEST_PASSWORD, new Date(t0 + 10), "10.2.0.1")).rejects.toBeInstanceOf(
      RateLimitedError,
    );
  });
});
