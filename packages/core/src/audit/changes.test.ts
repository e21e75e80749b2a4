import { describe, expect, it } from "vitest";
import { auditChanges, showValue } from "./changes.ts";

describe("auditChanges", () => {
  it("lists only the fields that changed", () => {
    expect(
      auditChanges({ name: "Api", tier: "TIER_2", team: "core" }, { name: "API", tier: "TIER_1", team: "core" }),
    ).toEqual([
      { field: "name", from: '"Api"', to: '"API"' },
      { field: "tier", from: '"TIER_2"', to: '"TIER_1"' },
    ]);
  });

  it("shows a creation as fields set and a deletion as fields removed", () => {
    expect(auditChanges(null, { role: "ADMIN" })).toEqual([{ field: "role", from: null, to: '"ADMIN"' }]);
    expect(auditChanges({ role: "ADMIN" }, null)).toEqual([{ field: "role", from: '"ADMIN"', to: null }]);
  });

  it("compares nested values whole and cuts long ones", () => {
    const [c] = auditChanges({ config: { url: "a" } }, { config: { url: "b".repeat(100) } });
    expect(c?.field).toBe("config");
    expect(c?.to?.length).toBe(60);
    expect(c?.to?.endsWith("…")).toBe(true);
  });

  it("handles plain values and nothing at all", () => {
    expect(auditChanges(1, 2)).toEqual([{ field: "value", from: "1", to: "2" }]);
    expect(auditChanges(null, null)).toEqual([]);
    expect(showValue(undefined)).toBeNull();
  });
});
