import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoff.ts";
import { encodeParams } from "./encode-params.ts";
import { parseResetHeader, parseRetryAfter } from "./retry-after.ts";

const NOW = Date.parse("2026-11-20T10:00:00Z");

describe("rate-limit headers", () => {
  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(parseRetryAfter("3", NOW)).toBe(3000);
    expect(parseRetryAfter("Fri, 20 Nov 2026 10:00:05 GMT", NOW)).toBe(5000);
    expect(parseRetryAfter("Fri, 20 Nov 2026 09:00:00 GMT", NOW)).toBe(0);
    expect(parseRetryAfter("soon", NOW)).toBeNull();
    expect(parseRetryAfter(null, NOW)).toBeNull();
  });

  it("reads a reset header as epoch seconds, or as a delay when small", () => {
    expect(parseResetHeader(String(NOW / 1000 + 7), NOW)).toBe(7000);
    expect(parseResetHeader("45", NOW)).toBe(45_000);
    expect(parseResetHeader("", NOW)).toBeNull();
  });

  it("backs off exponentially up to the cap", () => {
    const fixed = { baseMs: 500, maxMs: 4000, random: () => 1 };
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a, fixed))).toEqual([500, 1000, 2000, 4000, 4000]);
    expect(backoffDelay(2, { ...fixed, random: () => 0 })).toBe(1000);
  });
});

describe("encodeParams", () => {
  it("encodes arrays and one level of objects the Stripe way and drops empty values", () => {
    const params = encodeParams({
      a: 1,
      b: undefined,
      types: ["x.y", "z"],
      created: { gte: 5, lte: undefined },
      ok: false,
    });
    expect(params.toString()).toBe("a=1&types%5B%5D=x.y&types%5B%5D=z&created%5Bgte%5D=5&ok=false");
  });
});
