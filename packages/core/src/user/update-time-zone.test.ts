import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "../errors.ts";
import { ctxOf, makeUser } from "../testing.ts";
import { ZUpdateTimeZone } from "./schemas.ts";
import { updateUserTimeZone } from "./update-time-zone.ts";

describe("updateUserTimeZone", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  const zoneOf = async (id: string) => (await t.db.user.findUniqueOrThrow({ where: { id } })).timeZone;

  it("lets any user, a viewer too, choose their own zone, audited", async () => {
    const viewer = await makeUser(t.db);
    expect(await updateUserTimeZone({ db: t.db, ctx: ctxOf(viewer), input: { timeZone: "UTC" } })).toEqual({
      timeZone: "UTC",
    });
    expect(await zoneOf(viewer.id)).toBe("UTC");
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: "user.update_time_zone", targetId: viewer.id },
    });
    expect(audit).toMatchObject({ actorId: viewer.id, before: { timeZone: null }, after: { timeZone: "UTC" } });
  });

  it("goes back to the browser's zone with a blank or null choice, and records no change that is none", async () => {
    const user = await makeUser(t.db);
    await updateUserTimeZone({ db: t.db, ctx: ctxOf(user), input: { timeZone: "europe/berlin" } });
    expect(await zoneOf(user.id)).toBe("Europe/Berlin");
    await updateUserTimeZone({ db: t.db, ctx: ctxOf(user), input: { timeZone: " " } });
    expect(await zoneOf(user.id)).toBeNull();
    await updateUserTimeZone({ db: t.db, ctx: ctxOf(user), input: { timeZone: null } });
    expect(await t.db.auditLog.count({ where: { action: "user.update_time_zone", targetId: user.id } })).toBe(2);
  });

  it("refuses a zone Intl does not know and changes nothing", async () => {
    const user = await makeUser(t.db);
    for (const timeZone of ["Nowhere/Land", "x".repeat(65), "Europe/Berlin\u0000"]) {
      await expect(updateUserTimeZone({ db: t.db, ctx: ctxOf(user), input: { timeZone } })).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    expect(await zoneOf(user.id)).toBeNull();
    expect(await t.db.auditLog.count({ where: { targetId: user.id } })).toBe(0);
  });

  it("reports a user that no longer exists", async () => {
    const ghost = { id: "gone", email: "gone@example.com", role: "VIEWER" as const };
    await expect(
      updateUserTimeZone({ db: t.db, ctx: ctxOf(ghost), input: { timeZone: "UTC" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("ZUpdateTimeZone", () => {
  it("names the field it refuses", () => {
    const r = ZUpdateTimeZone.safeParse({ timeZone: "Mars/Base" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["timeZone"], message: "Unknown time zone" });
    expect(ZUpdateTimeZone.safeParse({ timeZone: 5 }).error?.issues[0]?.message).toBe("Choose a time zone");
  });
});
