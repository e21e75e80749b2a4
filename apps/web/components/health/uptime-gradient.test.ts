import { describe, expect, it } from "vitest";
import { hourTone, uptimeGradient } from "./uptime-gradient";

describe("hourTone", () => {
  it("reads an hour as up, failing, mostly down or not run", () => {
    expect(hourTone(1)).toBe("up");
    expect(hourTone(0.999)).toBe("up");
    expect(hourTone(0.998)).toBe("failing");
    expect(hourTone(0.9)).toBe("failing");
    expect(hourTone(0.89)).toBe("down");
    expect(hourTone(0)).toBe("down");
    expect(hourTone(null)).toBe("none");
  });
});

describe("uptimeGradient", () => {
  it("draws one segment per hour in order, with a gap after each but the last", () => {
    const g = uptimeGradient([1, null, 0.5, 0.95]);
    expect(g).toBe(
      "linear-gradient(to right, " +
        "var(--uptime-up) 0 calc(25% - 1px), transparent 0 25%, " +
        "var(--uptime-none) 0 calc(50% - 1px), transparent 0 50%, " +
        "var(--uptime-down) 0 calc(75% - 1px), transparent 0 75%, " +
        "var(--uptime-failing) 0 100%)",
    );
  });

  it("places 24 hours at exact fractions of the width", () => {
    const g = uptimeGradient(Array.from({ length: 24 }, () => 1));
    expect(g.match(/var\(--uptime-up\)/g)).toHaveLength(24);
    expect(g).toContain("transparent 0 4.1667%");
    expect(g).toContain("transparent 0 95.8333%");
    expect(g.endsWith("var(--uptime-up) 0 100%)")).toBe(true);
  });

  it("draws nothing for no hours", () => {
    expect(uptimeGradient([])).toBe("none");
  });
});
