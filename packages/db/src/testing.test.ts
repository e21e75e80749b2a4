import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "./testing.ts";
import { migrationState } from "./schema-state.ts";

describe("test databases", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("are cloned from the migrated template", async () => {
    const state = await migrationState(t.db);
    expect(state.pending).toEqual([]);
    expect(state.applied).toBe(state.expected);
    expect(await t.db.user.count()).toBe(0);
  });

  it("read catalog columns of type name through the adapter", async () => {
    const rows = await t.db.$queryRaw<{ datname: string }[]>`SELECT datname FROM pg_database WHERE datname = current_database()`;
    expect(rows[0]?.datname).toMatch(/^t_/);
  });
});
