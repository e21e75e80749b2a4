import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enableStatementStats } from "./statement-stats.ts";

describe("enableStatementStats", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("installs pg_stat_statements where the server loads it, once however often it runs", async () => {
    const [loaded] = await t.db.$queryRaw<{ on: boolean }[]>`
      SELECT current_setting('shared_preload_libraries') LIKE '%pg_stat_statements%' AS on`;
    expect(await enableStatementStats(t.db)).toBe(loaded?.on);
    expect(await enableStatementStats(t.db)).toBe(loaded?.on);
    const installed = await t.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'pg_stat_statements'`;
    expect(installed[0]?.n).toBe(loaded?.on ? 1 : 0);
  });
});
