import { describe, expect, it } from "vitest";
import { historyNote } from "./history-note.ts";

const series = (n: number, bucketS: number, firstWithData: number) =>
  Array.from({ length: n }, (_, i) => ({
    at: new Date(Date.UTC(2026, 10, 28, 0, 0, 0) + i * bucketS * 1000).toISOString(),
    p50Ms: i >= firstWithData ? 40 : null,
  }));

describe("historyNote", () => {
  it("says how much history a new check has", () => {
    expect(historyNote(series(96, 900, 95), 900)).toBe(
      "Latency recorded for the last 15 min of this 24 h range only (a new check, or nothing answered before).",
    );
    expect(historyNote(series(96, 900, 48), 900)).toBe(
      "Latency recorded for the last 12 h of this 24 h range only (a new check, or nothing answered before).",
    );
  });

  it("says nothing when most of the range has data, or none does", () => {
    expect(historyNote(series(96, 900, 10), 900)).toBeNull();
    expect(historyNote(series(96, 900, 96), 900)).toBeNull();
    expect(historyNote([], 900)).toBeNull();
  });
});
