"use client";

import type { ChecklistSummaryDto } from "@opsdeck/core";
import { readChecklistsAction } from "@/app/(dashboard)/checklists/actions";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { Freshness } from "@/components/overview/freshness";
import { unwrapRead } from "@/lib/read-result";
import { ChecklistCard } from "./checklist-card";

const refetch = (): typeof REFETCH => REFETCH;

type Props = { initial: ChecklistSummaryDto[]; renderedAt: number; liveFrom: number };

/**
 * Every checklist, shortest cadence first (as the service lists them), read again whenever a run
 * opens, is missed, answered or signed off.
 */
export function ChecklistList({ initial, renderedAt, liveFrom }: Props) {
  const q = useLiveQuery({
    queryKey: ["checklists"],
    queryFn: async () => unwrapRead(await readChecklistsAction()),
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    from: liveFrom,
    on: { "checklist.run": refetch, "checklist.item": refetch, "checklist.signoff": refetch },
  });
  const checklists = q.data ?? initial;
  return (
    <div className="flex flex-col gap-4">
      <Freshness of={q} />
      {checklists.length === 0 ? (
        <p className="card p-6 text-center text-sm text-slate-500 dark:text-slate-400">No checklists yet.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-label="Checklists, daily first">
          {checklists.map((c) => (
            <ChecklistCard key={c.id} checklist={c} />
          ))}
        </ul>
      )}
    </div>
  );
}
