import type { ChecklistSummaryDto } from "@opsdeck/core";
import Link from "next/link";
import { PeriodLabel } from "./period-label";
import { RunProgress } from "./run-progress";
import { SignOffStatus } from "./sign-off-status";

/** One checklist with its current period's progress and sign-off. */
export function ChecklistCard({ checklist: c }: { checklist: ChecklistSummaryDto }) {
  return (
    <li className="card flex min-w-0 flex-col gap-3 p-4">
      <div className="min-w-0">
        <h3 className="font-semibold break-words">
          <Link href={`/checklists/${c.slug}`} className="hover:underline">
            {c.name}
          </Link>
        </h3>
        {c.description && <p className="mt-1 text-sm break-words text-slate-600 dark:text-slate-400">{c.description}</p>}
      </div>
      <p className="text-xs">
        <PeriodLabel checklist={c} />
      </p>
      <RunProgress done={c.run?.done ?? 0} total={c.run?.total ?? c.itemCount} label={`${c.name}: items done`} />
      <p className="mt-auto text-sm">
        <SignOffStatus run={c.run} />
      </p>
    </li>
  );
}
