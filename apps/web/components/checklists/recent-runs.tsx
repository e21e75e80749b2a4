import type { ChecklistRunSummaryDto } from "@opsdeck/core";
import Link from "next/link";
import { ChecklistRunStatusBadge } from "@/components/badges/status-badges";
import { answeredOf } from "@/lib/checklists/answers";
import { runPath } from "@/lib/checklists/paths";

/** The latest runs of one checklist, newest first, each linking to its page; a list so it fits a phone. */
export function RecentRuns({ slug, runs }: { slug: string; runs: ChecklistRunSummaryDto[] }) {
  if (runs.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No earlier runs.</p>;
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800">
      {runs.map((r) => (
        <li key={r.id} className="flex min-w-0 flex-col gap-1 py-2.5 text-sm first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
            <Link href={runPath(slug, r.periodKey)} className="font-mono text-sm font-medium break-all hover:underline">
              {r.periodKey}
            </Link>
            <ChecklistRunStatusBadge status={r.status} />
          </div>
          <span className="text-xs text-slate-600 dark:text-slate-400">
            {answeredOf(r.counts)} of {r.total} answered
            {r.signedOffByName && ` · signed off by ${r.signedOffByName}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
