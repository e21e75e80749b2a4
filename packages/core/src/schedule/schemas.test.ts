import { describe, expect, it } from "vitest";
import { ZAddOverride } from "./schemas.ts";

describe("override input", () => {
  const base = { id: "s1", layer: "primary", email: "ana@example.com" };

  it("names the field that is not a date-time, and checks the range only of two date-times", () => {
    const r = ZAddOverride.safeParse({ ...base, startsAt: "soon", endsAt: "2026-12-04T09:00:00Z" });
    expect(r.success).toBe(false);
    expect(new Set(r.error?.issues.map((i) => i.path.join(".")))).toEqual(new Set(["startsAt"]));
  });

  it("refuses an override that ends before it starts", () => {
    const r = ZAddOverride.safeParse({ ...base, startsAt: "2026-12-04T09:00:00Z", endsAt: "2026-12-04T08:00:00Z" });
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["endsAt", "End the override after it starts"],
    ]);
  });
});
