import type { ChecklistRunDto, ChecklistRunItemDto, Evidence } from "@opsdeck/core";
import { countOutcomes } from "./answers";

export function item(id: string, over: Partial<ChecklistRunItemDto> = {}): ChecklistRunItemDto {
  return {
    id,
    position: 0,
    title: `Item ${id}`,
    detail: null,
    helpUrl: null,
    evidenceRule: null,
    evidence: null,
    outcome: null,
    remark: null,
    answeredBy: null,
    answeredAt: null,
    ...over,
  };
}

/** A current, unsigned daily run of these items. */
export function run(items: ChecklistRunItemDto[], over: Partial<ChecklistRunDto> = {}): ChecklistRunDto {
  return {
    id: "run-1",
    checklist: { id: "t-1", slug: "daily", name: "Daily checks", cadence: "DAILY", timeZone: "UTC" },
    periodKey: "2026-12-02",
    status: "OPEN",
    current: true,
    startedAt: "2026-12-02T00:00:00.000Z",
    openedBy: null,
    dueAt: "2026-12-02T10:00:00.000Z",
    missAfter: "2026-12-02T12:00:00.000Z",
    missedAt: null,
    signedOffAt: null,
    signedOffBy: null,
    signedOffByName: null,
    note: null,
    version: 1,
    counts: countOutcomes(items),
    items,
    ...over,
  };
}

export const failing: Evidence = {
  rule: "checks.all_up",
  status: "fail",
  summary: "2 checks down",
  links: [],
  evaluatedAt: "2026-12-02T08:01:00.000Z",
};
