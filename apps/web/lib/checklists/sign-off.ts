import type { ChecklistRunDto, ChecklistRunItemDto } from "@opsdeck/core";

const titles = (items: ChecklistRunItemDto[], max = 3): string =>
  items
    .slice(0, max)
    .map((i) => `"${i.title}"`)
    .join(", ") + (items.length > max ? ` and ${items.length - max} more` : "");

/** Why the run cannot be signed off as it stands, or null when it can be tried. */
export function signOffBlocker(run: ChecklistRunDto): string | null {
  if (run.signedOffAt) return "This run is signed off.";
  if (!run.current) return `The period ${run.periodKey} is over: its run can no longer be signed off.`;
  const open = run.items.filter((i) => i.outcome === null);
  if (open.length === 0) return null;
  const have = open.length === 1 ? "1 item has" : `${open.length} items have`;
  return `${have} no answer yet: ${titles(open)}. Mark each done, not done or N/A first.`;
}

/** The evidence to go by: what it showed at sign-off, else when the run opened. */
export const latestEvidence = (item: Pick<ChecklistRunItemDto, "evidence">) =>
  item.evidence?.signed ?? item.evidence?.opened ?? null;

/**
 * Items marked done without a remark whose evidence failed: sign-off checks the evidence again and
 * refuses them if it still fails, so the panel says so before anyone tries.
 */
export function doneAgainstEvidence(run: ChecklistRunDto): ChecklistRunItemDto[] {
  return run.items.filter((i) => i.outcome === "DONE" && !i.remark && latestEvidence(i)?.status === "fail");
}

export const describeItems = titles;
