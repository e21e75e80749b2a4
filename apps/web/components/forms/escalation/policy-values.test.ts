import { describe, expect, it } from "vitest";
import { policyInput, stepDrafts, targetValue, updatePolicyInput } from "./policy-values";

const formOf = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("the escalation policy form's input", () => {
  it("reads the steps in their numbered order, each target from its option value", () => {
    const layer = targetValue({ schedule: "Ops", layer: "primary" });
    const person = targetValue({ email: "ana@example.com" });
    const input = policyInput(
      formOf([
        ["name", "Night"],
        ["severities", "P0"],
        ["severities", "P1"],
        ["hours", "WORKING_HOURS"],
        ["repeat", "2"],
        ["steps.1.notify", person],
        ["steps.1.waitMinutes", "10"],
        ["steps.0.notify", layer],
        ["steps.0.waitMinutes", "5"],
      ]),
    );
    expect(input).toEqual({
      name: "Night",
      severities: ["P0", "P1"],
      services: [],
      hours: "WORKING_HOURS",
      repeat: 2,
      steps: [
        { notify: { schedule: "Ops", layer: "primary" }, waitMinutes: 5 },
        { notify: { email: "ana@example.com" }, waitMinutes: 10 },
      ],
    });
  });

  it("leaves mistakes for the service to name: no target, a blank or wordy wait, a forged target", () => {
    const input = updatePolicyInput(
      formOf([
        ["id", "p1"],
        ["steps.0.notify", ""],
        ["steps.0.waitMinutes", ""],
        ["steps.1.notify", '{"schedule":3,"layer":"x","other":"y"}'],
        ["steps.1.waitMinutes", "ten"],
        ["steps.2.notify", "not json"],
        ["steps.2.waitMinutes", "1.5"],
      ]),
    );
    expect(input.id).toBe("p1");
    expect(input.repeat).toBeUndefined();
    expect(input.steps).toEqual([
      { notify: {}, waitMinutes: undefined },
      { notify: { layer: "x" }, waitMinutes: "ten" },
      { notify: {}, waitMinutes: "1.5" },
    ]);
  });

  it("makes drafts whose targets are the options' values", () => {
    const drafts = stepDrafts([{ notify: { layer: "primary", schedule: "Ops" }, waitMinutes: 5 }]);
    expect(drafts).toEqual([
      { key: "saved-0", target: targetValue({ schedule: "Ops", layer: "primary" }), waitMinutes: "5" },
    ]);
  });
});
