import { describe, expect, it } from "vitest";
import { formatMinutes, RUNBOOK_POLICY, SEVERITIES, SEVERITY_INFO, severityLabel } from "./policy.ts";

describe("the runbook's policy", () => {
  it("holds the runbook's targets, and a cadence for every level but P3", () => {
    const targets = SEVERITIES.map((s) => [
      s,
      formatMinutes(RUNBOOK_POLICY[s].responseMinutes),
      formatMinutes(RUNBOOK_POLICY[s].resolveMinutes),
    ]);
    expect(targets).toEqual([
      ["P0", "5 min", "1 h"],
      ["P1", "15 min", "4 h"],
      ["P2", "1 h", "1 d"],
      ["P3", "8 h", "7 d"],
    ]);
    expect(SEVERITIES.map((s) => RUNBOOK_POLICY[s].updateCadenceMinutes)).toEqual([30, 60, 240, null]);
    expect(SEVERITIES.filter((s) => RUNBOOK_POLICY[s].postmortemRequired)).toEqual(["P0", "P1"]);
    expect(SEVERITY_INFO.P1.criteria).toContain("Core features broken (checkout, login)");
  });
});

describe("severityLabel", () => {
  it("names each level", () => {
    expect(SEVERITIES.map(severityLabel)).toEqual([
      "P0 – Critical (site down)",
      "P1 – High (major impact)",
      "P2 – Medium (minor impact)",
      "P3 – Low (minor issues)",
    ]);
  });

  it("rejects an unknown severity", () => {
    expect(() => severityLabel("P9" as never)).toThrow(RangeError);
  });
});

describe("formatMinutes", () => {
  it("writes days, hours and minutes, leaving out empty units", () => {
    expect([0, 5, 60, 90, 1440, 1530, 1441, 10_080].map(formatMinutes)).toEqual([
      "0 min",
      "5 min",
      "1 h",
      "1 h 30 min",
      "1 d",
      "1 d 1 h 30 min",
      "1 d 1 min",
      "7 d",
    ]);
  });
});
