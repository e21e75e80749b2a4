import type { ChecklistRunSummaryDto } from "@opsdeck/core";
import Link from "next/link";
import { ChecklistRunStatusBadge } from "@/components/badges/status-badges";
import { Time } from "@/components/ui/time";
import { answeredOf } from "@/lib/checklists/answers";
import { runPath } from "@/lib/checklists/paths";

/** Runs of a weekly, monthly, quarterly or pre-deploy checklist: a table, cards on a phone. */
export function RunsTable({ slug, runs, label }: { slug: string; runs: ChecklistRunSummaryDto[]; label: string }) {
  return (
    <table className="table-base table-cards">
      <caption className="sr-only">{label}</caption>
      <thead>
        <tr>
          <th>Period</th>
          <th>Status</th>
          <th>Answered</th>
          <th>Signed off by</th>
          <th>When</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((r) => (
          <tr key={r.id}>
            <td>
              <Link href={runPath(slug, r.periodKey)} className="font-mono font-medium break-all hover:underline">
                {r.periodKey}
              </Link>
            </td>
            <td>
              <ChecklistRunStatusBadge status={r.status} />
            </td>
            <td data-label="Answered" className="tabular-nums">
              {answeredOf(r.counts)} of {r.total}
            </td>
            <td data-label="Signed off by">{r.signedOffByName ?? "—"}</td>
            <td data-label="When">
              {r.signedOffAt ? <Time iso={r.signedOffAt} className="whitespace-nowrap" /> : "—"}
            </td>
          </tr>
        ))}
        {runs.length === 0 && (
          <tr>
            <td colSpan={5} className="py-6 text-center text-slate-600 dark:text-slate-400">
              No runs in {label}.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
