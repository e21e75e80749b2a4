import { describe, expect, it } from "vitest";
import { cadenceOfHeading, namesChecklist } from "./cadence.ts";

describe("cadenceOfHeading", () => {
  it.each([
    ["Daily", "DAILY"],
    ["Daily Maintenance", "DAILY"],
    ["Things to do every day", "DAILY"],
    ["WEEKLY TASKS", "WEEKLY"],
    ["Every week", "WEEKLY"],
    ["Monthly Maintenance", "MONTHLY"],
    ["Quarterly", "QUARTERLY"],
    ["Pre-Deployment Checklist", "PRE_DEPLOY"],
    ["Pre-deploy", "PRE_DEPLOY"],
    ["Predeploy checks", "PRE_DEPLOY"],
    ["Pre deployment", "PRE_DEPLOY"],
    ["Before deploying", "PRE_DEPLOY"],
    ["Before each deployment", "PRE_DEPLOY"],
    ["Deploy checklist", "PRE_DEPLOY"],
    ["Deployment Checklist", "PRE_DEPLOY"],
    ["Pre\u2011deployment", "PRE_DEPLOY"],
  ] as const)("reads %j as %s", (heading, cadence) => {
    expect(cadenceOfHeading(heading)).toBe(cadence);
  });

  it.each([
    "",
    "P0 Response Checklist",
    "Incident Checklist",
    "Deployment Steps",
    "Database Migration Deployment",
    "Post-deployment checklist",
    "Bi-weekly sync",
    "Biweekly review",
    "Semi-monthly report",
    "Weekday on-call",
    "Dailyish",
  ])("finds no cadence in %j", (heading) => {
    expect(cadenceOfHeading(heading)).toBeNull();
  });

  it("takes the cadence named first when a heading names several", () => {
    expect(cadenceOfHeading("Weekly / Monthly checks")).toBe("WEEKLY");
    expect(cadenceOfHeading("Monthly and weekly checks")).toBe("MONTHLY");
    expect(cadenceOfHeading("Daily pre-deploy smoke test")).toBe("DAILY");
  });
});

describe("namesChecklist", () => {
  it("spots the word checklist in its usual spellings", () => {
    expect(["Incident Checklist", "check-list", "Launch checklists", "CHECK LIST"].map(namesChecklist)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["Checks", "Listing", "Checkout list"].map(namesChecklist)).toEqual([false, false, false]);
  });
});
