import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ResultRow, writeBatch } from "./write-batch.ts";

describe("raw result storage", () => {
  let t: TestDb;
  let pool: pg.Pool;
  beforeAll(async () => {
    t = await createTestDb();
    pool = new pg.Pool({ connectionString: t.url, max: 2 });
  });
  afterAll(async () => {
    await pool.end();
    await t.drop();
  });

  it("stays under 50 bytes per result (100k results, 2% failing, 2,000 checks)", async () => {
    const start = Date.UTC(2026, 0, 1);
    for (let b = 0; b < 10; b++) {
      const results: ResultRow[] = Array.from({ length: 10_000 }, (_, i) => {
        const n = b * 10_000 + i;
        const down = n % 50 === 0;
        return {
          checkSeq: (n % 2000) + 1,
          atMs: start + Math.floor(n / 2000) * 20_000,
          latencyMs: 20 + (n % 300),
          status: down ? "DOWN" : "UP",
          message: down ? "Connection refused" : null,
        };
      });
      await writeBatch(pool, { results, states: [], events: [] });
    }
    const { rows } = await pool.query<{ bytes: string; n: number }>(
      `SELECT pg_total_relation_size('"CheckResult"') AS bytes, (SELECT count(*)::int FROM "CheckResult") AS n`,
    );
    const perResult = Number(rows[0]?.bytes) / (rows[0]?.n ?? 1);
    console.log("raw storage", {
      rows: rows[0]?.n,
      bytes: Number(rows[0]?.bytes),
      bytesPerResult: Number(perResult.toFixed(1)),
    });
    expect(rows[0]?.n).toBe(100_000);
    expect(perResult).toBeLessThan(50);
  });
});
