import type { ChecklistRunDto, ChecklistRunItemDto, OutcomeCounts } from "@opsdeck/core";

export type Outcome = NonNullable<ChecklistRunItemDto["outcome"]>;

/** One answer on its way to the server: shown at once, dropped again if the server refuses it. */
export type Answer = { itemId: string; outcome: Outcome; remark: string | null };

export function countOutcomes(items: Pick<ChecklistRunItemDto, "outcome">[]): OutcomeCounts {
  const counts: OutcomeCounts = { done: 0, notDone: 0, na: 0, open: 0 };
  for (const { outcome } of items) {
    if (outcome === "DONE") counts.done++;
    else if (outcome === "NOT_DONE") counts.notDone++;
    else if (outcome === "NA") counts.na++;
    else counts.open++;
  }
  return counts;
}

export const answeredOf = (c: OutcomeCounts): number => c.done + c.notDone + c.na;

/** The run as it will be once the answers in flight land (later answers to one item win). */
export function withAnswers(run: ChecklistRunDto, answers: readonly Answer[]): ChecklistRunDto {
  if (answers.length === 0) return run;
  const latest = new Map(answers.map((a) => [a.itemId, a]));
  const items = run.items.map((item) => {
    const a = latest.get(item.id);
    return a ? { ...item, outcome: a.outcome, remark: a.remark } : item;
  });
  return { ...run, items, counts: countOutcomes(items) };
}

/** The run to keep when a response and the cache disagree: never an older version of the same run. */
export const newerRun = <T extends { id: string; version: number }>(old: T | null | undefined, next: T): T =>
  old && old.id === next.id && old.version > next.version ? old : next;
