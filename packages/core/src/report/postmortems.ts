import type { Severity } from "@opsdeck/db";
import { dueAtFor } from "../postmortem/policy.ts";
import type { SeverityPolicyMap } from "../severity/policy.ts";
import type { ReportIncident } from "./timing.ts";

/** Published by its due time, published after it, unpublished past it, or unpublished and not yet due. */
export type PostmortemOutcome = "on_time" | "late" | "overdue" | "due";

export type PostmortemRow = {
  incident: { number: number; title: string; severity: Severity };
  /** null: not started. */
  postmortem: { id: string; status: string } | null;
  dueAt: string;
  publishedAt: string | null;
  outcome: PostmortemOutcome;
};

export type PostmortemSummary = Record<PostmortemOutcome, number> & {
  /** On time out of those whose outcome is settled (published, or unpublished past due); null when none is. */
  onTimeRate: number | null;
  rows: PostmortemRow[];
};

function outcomeOf(dueAt: Date, publishedAt: Date | null, now: Date): PostmortemOutcome {
  if (publishedAt) return publishedAt <= dueAt ? "on_time" : "late";
  return dueAt <= now ? "overdue" : "due";
}

/**
 * Postmortems with a due time, of the given incidents: the stored one (set when it was started), or, for
 * a resolved incident whose severity requires one and that has none yet, the policy's. Soonest due first.
 */
export function postmortemSummary(
  incidents: readonly ReportIncident[],
  policy: SeverityPolicyMap,
  now: Date,
): PostmortemSummary {
  const rows = incidents
    .flatMap((i) => {
      const dueAt = i.postmortem ? i.postmortem.dueAt : dueAtFor(i, policy);
      if (!dueAt) return [];
      const publishedAt = i.postmortem?.status === "PUBLISHED" ? i.postmortem.publishedAt : null;
      return [{ i, dueAt, publishedAt }];
    })
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.i.number - b.i.number)
    .map(
      ({ i, dueAt, publishedAt }): PostmortemRow => ({
        incident: { number: i.number, title: i.title, severity: i.severity },
        postmortem: i.postmortem && { id: i.postmortem.id, status: i.postmortem.status },
        dueAt: dueAt.toISOString(),
        publishedAt: publishedAt?.toISOString() ?? null,
        outcome: outcomeOf(dueAt, publishedAt, now),
      }),
    );
  const count = (o: PostmortemOutcome) => rows.filter((r) => r.outcome === o).length;
  const [onTime, late, overdue] = [count("on_time"), count("late"), count("overdue")];
  const settled = onTime + late + overdue;
  return { on_time: onTime, late, overdue, due: count("due"), onTimeRate: settled ? onTime / settled : null, rows };
}
