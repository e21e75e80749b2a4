import { describe, expect, it } from "vitest";
import { canonicalTimeZone, isValidTimeZone, resolveTimeZone, selectableTimeZones } from "./zone.ts";

describe("time zones", () => {
  it("knows IANA names in any casing and nothing else", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(canonicalTimeZone("europe/berlin")).toBe("Europe/Berlin");
    expect(canonicalTimeZone("Etc/UTC")).toBe("UTC");
    for (const bad of ["", "Nowhere/Land", "Europe/Berlin\u0000", "x".repeat(500)])
      expect(isValidTimeZone(bad)).toBe(false);
  });

  it("resolves a missing or unknown zone to UTC", () => {
    expect(resolveTimeZone(null)).toBe("UTC");
    expect(resolveTimeZone(undefined)).toBe("UTC");
    expect(resolveTimeZone("Mars/Olympus_Mons")).toBe("UTC");
    expect(resolveTimeZone("America/New_York")).toBe("America/New_York");
  });

  it("offers UTC first, then every zone once", () => {
    const zones = selectableTimeZones();
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("Europe/Berlin");
    expect(new Set(zones).size).toBe(zones.length);
  });
});
