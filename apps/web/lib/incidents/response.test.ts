import type { IncidentResponseDto, ResponseStepDto } from "@opsdeck/core";
import { describe, expect, it } from "vitest";
import { handledOf, withStepChanges } from "./response.ts";

const step = (id: string, status: ResponseStepDto["status"] = "OPEN"): ResponseStepDto => ({
  id,
  position: Number(id.slice(1)),
  title: `Step ${id}`,
  detail: null,
  severity: "P1",
  status,
  skipReason: null,
  answeredBy: null,
  answeredAt: null,
});

const response: IncidentResponseDto = {
  number: 7,
  incidentId: "i7",
  severity: "P1",
  steps: [step("s0", "DONE"), step("s1"), step("s2")],
  done: 1,
  skipped: 0,
  total: 3,
};

describe("withStepChanges", () => {
  it("is the checklist itself with nothing in flight", () => {
    expect(withStepChanges(response, [])).toBe(response);
  });

  it("shows ticks, unticks and skips in flight, the latest per step, and counts them", () => {
    const shown = withStepChanges(response, [
      { stepId: "s1", done: true, skipReason: null },
      { stepId: "s2", done: true, skipReason: null },
      { stepId: "s2", done: false, skipReason: "Not ours" },
      { stepId: "s0", done: false, skipReason: null },
    ]);
    expect(shown.steps.map((s) => [s.status, s.skipReason])).toEqual([
      ["OPEN", null],
      ["DONE", null],
      ["SKIPPED", "Not ours"],
    ]);
    expect([shown.done, shown.skipped, handledOf(shown), shown.total]).toEqual([1, 1, 2, 3]);
  });

  it("ignores a change to a step the checklist does not hold", () => {
    expect(withStepChanges(response, [{ stepId: "gone", done: true, skipReason: null }]).steps).toEqual(response.steps);
  });
});
