import { describe, expect, it } from "vitest";
import { seriesSummary } from "./series-summary.ts";

const ms = (v: number) => `${v} ms`;

describe("seriesSummary", () => {
  it("gives each series' latest and highest value, skipping gaps", () => {
    expect(
      seriesSummary(
        [
          { name: "p50", values: [10, null, 30, 20, null] },
          { name: "p95", values: [50, 90, null, 70, null] },
        ],
        ms,
      ),
    ).toBe("p50: latest 20 ms, highest 30 ms; p95: latest 70 ms, highest 90 ms.");
  });

  it("leaves out a series that has no value, and says nothing when none has", () => {
    expect(
      seriesSummary(
        [
          { name: "p99", values: [null, null] },
          { name: "p50", values: [5] },
        ],
        ms,
      ),
    ).toBe("p50: latest 5 ms, highest 5 ms.");
    expect(seriesSummary([{ name: "p99", values: [null] }], ms)).toBe("");
  });
});
