import type { IncidentResponseDto, ResponseStepDto } from "@opsdeck/core";

/** An incident's response checklist, as its panel's live query holds it. */
export const responseKey = (number: number) => ["incident-response", number] as const;

/** Step changes on their way for one incident: the panel shows them before the server confirms. */
export const stepChangeKey = (number: number) => ["incident-response-step", number] as const;

/** One tick, untick or skip as sent; a skip carries its reason. */
export type StepChange = { stepId: string; done: boolean; skipReason: string | null };

export const statusOf = (c: StepChange): ResponseStepDto["status"] =>
  c.done ? "DONE" : c.skipReason ? "SKIPPED" : "OPEN";

/** Steps done or skipped: the "x" of "x/y". */
export const handledOf = (r: Pick<IncidentResponseDto, "done" | "skipped">) => r.done + r.skipped;

/** The checklist as it will be once the changes in flight land (a later change to one step wins). */
export function withStepChanges(r: IncidentResponseDto, changes: readonly StepChange[]): IncidentResponseDto {
  if (changes.length === 0) return r;
  const latest = new Map(changes.map((c) => [c.stepId, c]));
  const steps = r.steps.map((s) => {
    const c = latest.get(s.id);
    return c ? { ...s, status: statusOf(c), skipReason: c.done ? null : c.skipReason } : s;
  });
  return {
    ...r,
    steps,
    done: steps.filter((s) => s.status === "DONE").length,
    skipped: steps.filter((s) => s.status === "SKIPPED").length,
  };
}
