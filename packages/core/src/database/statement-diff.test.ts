import { describe, expect, it } from "vitest";
import { diffStatements, type SnapshotEntry, type StatementSnapshot } from "./statement-diff.ts";

const snap = (at: string, entries: SnapshotEntry[], statsReset: string | null = "2026-12-01T00:00:00.000Z") =>
  ({ at, statsReset, entries }) satisfies StatementSnapshot;

describe("diffStatements", () => {
  const older = snap("2026-12-02T10:00:00.000Z", [
    ["10:111:true", 100, 1_000, 100],
    ["10:222:true", 5, 50_000, 5],
    ["11:222:true", 1, 10_000, 1],
    ["10:333:true", 7, 70, 7],
  ]);

  it("subtracts the older counters and sums a query's users, most total time first", () => {
    const newer = snap("2026-12-02T11:00:00.000Z", [
      ["10:111:true", 160, 1_900, 160],
      ["10:222:true", 6, 62_000, 6],
      ["11:222:true", 3, 30_000, 3],
      ["10:333:true", 7, 70, 7],
    ]);
    expect(diffStatements(older, newer)).toEqual({
      since: "2026-12-02T10:00:00.000Z",
      deltas: [
        { queryId: "222", calls: 3, totalMs: 32_000, rows: 3 },
        { queryId: "111", calls: 60, totalMs: 900, rows: 60 },
      ],
    });
  });

  it("counts a new statement, and an evicted and re-added one, from zero", () => {
    const newer = snap("2026-12-02T11:00:00.000Z", [
      ["10:111:true", 4, 40, 4],
      ["10:444:true", 2, 9_000, 2],
    ]);
    expect(diffStatements(older, newer).deltas).toEqual([
      { queryId: "444", calls: 2, totalMs: 9_000, rows: 2 },
      { queryId: "111", calls: 4, totalMs: 40, rows: 4 },
    ]);
  });

  it("counts from the reset when the statistics were reset after the older snapshot", () => {
    const newer = snap("2026-12-02T11:00:00.000Z", [["10:111:true", 150, 1_500, 150]], "2026-12-02T10:30:00.000Z");
    expect(diffStatements(older, newer)).toEqual({
      since: "2026-12-02T10:30:00.000Z",
      deltas: [{ queryId: "111", calls: 150, totalMs: 1_500, rows: 150 }],
    });
  });

  it("without an older snapshot, reports the totals since the counters' reset", () => {
    const newer = snap("2026-12-02T11:00:00.000Z", [["10:111:true", 1, 5, 1]]);
    expect(diffStatements(null, newer)).toEqual({
      since: "2026-12-01T00:00:00.000Z",
      deltas: [{ queryId: "111", calls: 1, totalMs: 5, rows: 1 }],
    });
    expect(diffStatements(null, snap(newer.at, newer.entries, null)).since).toBeNull();
  });

  it("keeps the older snapshot when the server cannot say when it was reset", () => {
    const a = snap("2026-12-02T10:00:00.000Z", [["10:111:true", 1, 5, 1]], null);
    const b = snap("2026-12-02T11:00:00.000Z", [["10:111:true", 3, 25, 3]], null);
    expect(diffStatements(a, b)).toEqual({
      since: a.at,
      deltas: [{ queryId: "111", calls: 2, totalMs: 20, rows: 2 }],
    });
  });
});
