import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pruneCheckData } from "./retention.ts";

const DAY = 86_400_000;

describe("check data retention", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("deletes raw results after 7 days, minute rollups after 2, hour rollups after 90 and day rollups after a year", async () => {
    const now = Date.UTC(2026, 5, 1);
    const service = await t.db.service.create({ data: { slug: "r", name: "R" } });
    const { seq } = await t.db.check.create({ data: { serviceId: service.id, name: "c", kind: "TCP", config: {} } });
    for (const ageDays of [1, 8]) {
      await t.db
        .$executeRaw`INSERT INTO "CheckResult" (at, "checkSeq", "latencyMs") VALUES (${new Date(now - ageDays * DAY)}::timestamptz, ${seq}, 5)`;
    }
    const rollup = (period: "MINUTE" | "HOUR" | "DAY", ageDays: number) => ({
      checkSeq: seq,
      period,
      bucketStart: new Date(now - ageDays * DAY),
      count: 1,
      upCount: 1,
      degradedCount: 0,
      latencySum: 5n,
      hist: [1],
    });
    await t.db.checkRollup.createMany({
      data: [
        rollup("MINUTE", 1),
        rollup("MINUTE", 3),
        rollup("HOUR", 89),
        rollup("HOUR", 91),
        rollup("DAY", 300),
        rollup("DAY", 366),
      ],
    });
    expect(await pruneCheckData(t.db, new Date(now))).toEqual({ results: 1, rollups: 3 });
    const left = await t.db.checkRollup.findMany({ orderBy: { period: "asc" } });
    expect(left.map((r) => r.period)).toEqual(["MINUTE", "HOUR", "DAY"]);
  });
});
