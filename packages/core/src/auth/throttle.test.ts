import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimitedError } from "../errors.ts";
import {
  checkThrottle,
  clearFailures,
  pruneThrottle,
  recordFailure,
  throttleDelaySeconds,
  throttleKeys,
  throttleWindowExpired,
} from "./throttle.ts";

const at = (s: number) => new Date(Date.UTC(2026, 0, 1) + s * 1000);

describe("throttle policy", () => {
  it("allows 4 failures, then waits 30 s doubling up to 15 min", () => {
    expect([1, 2, 3, 4].map(throttleDelaySeconds)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 500].map(throttleDelaySeconds)).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
  });

  it("ends the window 15 min after the first failure or the latest block", () => {
    expect(throttleWindowExpired({ firstFailAt: at(0), blockedUntil: null }, at(900))).toBe(false);
    expect(throttleWindowExpired({ firstFailAt: at(0), blockedUntil: null }, at(901))).toBe(true);
    expect(throttleWindowExpired({ firstFailAt: at(0), blockedUntil: at(1000) }, at(1800))).toBe(false);
    expect(throttleWindowExpired({ firstFailAt: at(0), blockedUntil: at(1000) }, at(1901))).toBe(true);
  });

  it("keys by lowercased email and, when known, the client address", () => {
    expect(throttleKeys(" Ana@Example.com ", "10.0.0.1")).toEqual(["email:ana@example.com", "ip:10.0.0.1"]);
    expect(throttleKeys("ana@example.com", null)).toEqual(["email:ana@example.com"]);
  });
});

describe("throttle storage", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  const retryAfter = (keys: string[], now: Date) =>
    checkThrottle(t.db, keys, now).then(
      () => 0,
      (e: unknown) => (e instanceof RateLimitedError ? e.retryAfterSeconds : Promise.reject(e)),
    );

  it("blocks after the fifth failure and doubles the wait", async () => {
    const keys = ["email:a@example.com", "ip:1.2.3.4"];
    for (let i = 0; i < 4; i++) await recordFailure(t.db, keys, at(i));
    expect(await retryAfter(keys, at(4))).toBe(0);
    await recordFailure(t.db, keys, at(4));
    expect(await retryAfter(keys, at(5))).toBe(29);
    expect(await retryAfter(["ip:1.2.3.4"], at(5))).toBe(29);
    expect(await retryAfter(keys, at(34))).toBe(0);
    await recordFailure(t.db, keys, at(34));
    expect(await retryAfter(keys, at(34))).toBe(60);
  });

  it("starts over after a quiet window, and after clearing", async () => {
    const keys = ["email:b@example.com"];
    for (let i = 0; i < 5; i++) await recordFailure(t.db, keys, at(i));
    await recordFailure(t.db, keys, at(4 + 30 + 901));
    expect(await t.db.loginThrottle.findUniqueOrThrow({ where: { key: keys[0] } })).toMatchObject({
      failures: 1,
      blockedUntil: null,
    });
    await clearFailures(t.db, keys);
    expect(await t.db.loginThrottle.count({ where: { key: { in: keys } } })).toBe(0);
  });

  it("counts every one of concurrent failures", async () => {
    const keys = ["email:c@example.com", "ip:5.6.7.8"];
    await Promise.all([0, 1, 2, 3, 4, 5].map(() => recordFailure(t.db, keys, at(0))));
    const rows = await t.db.loginThrottle.findMany({ where: { key: { in: keys } } });
    expect(rows.map((r) => r.failures)).toEqual([6, 6]);
  });

  it("prunes rows whose window has passed", async () => {
    await t.db.loginThrottle.deleteMany();
    await recordFailure(t.db, ["email:old@example.com"], at(0));
    await recordFailure(t.db, ["email:new@example.com"], at(2000));
    expect(await pruneThrottle(t.db, at(2100))).toBe(1);
    expect((await t.db.loginThrottle.findMany()).map((r) => r.key)).toEqual(["email:new@example.com"]);
  });
});
