import { describe, expect, it } from "vitest";
import { formatAgo } from "./relative.ts";

describe("formatAgo", () => {
  it("rounds to the largest unit", () => {
    expect(formatAgo(0)).toBe("0 s ago");
    expect(formatAgo(40_000)).toBe("40 s ago");
    expect(formatAgo(5 * 60_000 + 20_000)).toBe("5 min ago");
    expect(formatAgo(3 * 3_600_000)).toBe("3 h ago");
    expect(formatAgo(2 * 86_400_000)).toBe("2 d ago");
  });

  it("reads a time to come as such", () => {
    expect(formatAgo(-5 * 60_000)).toBe("in 5 min");
    expect(formatAgo(-300)).toBe("0 s ago");
  });
});
