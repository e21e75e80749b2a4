"use client";

import type { ActionItemListDto, UserRef } from "@opsdeck/core";
import Link from "next/link";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { Freshness } from "@/components/overview/freshness";
import { fetchJson } from "@/lib/api/fetch-json";
import { ActionItemList } from "../action-item-list";
import { ActionItemsTable } from "./action-items-table";

type Props = {
  overdue: boolean;
  initial: ActionItemListDto[];
  renderedAt: number;
  liveFrom: number;
  people: UserRef[] | null;
};

const refetch = (): typeof REFETCH => REFETCH;
const tab = (active: boolean) =>
  `rounded-md px-3 py-1.5 text-sm font-medium ${active ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900" : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"}`;

/** Open (or only overdue) action items across postmortems, editable in place by responders, read again on every change. */
export function ActionItemsLive({ overdue, initial, renderedAt, liveFrom, people }: Props) {
  const queryKey = ["action-items", overdue] as const;
  const q = useLiveQuery({
    queryKey,
    queryFn: () =>
      fetchJson<ActionItemListDto[]>(`/api/v1/action-items?status=NOT_DONE${overdue ? "&overdue=true" : ""}`),
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    from: liveFrom,
    on: { "postmortem.changed": refetch },
  });
  const items = q.data ?? initial;
  const empty = overdue ? "Nothing overdue." : "No open action items.";
  return (
    <>
      <nav aria-label="Filter" className="mb-4 flex flex-wrap items-center gap-2">
        <Link href="/postmortems/action-items" className={tab(!overdue)} aria-current={!overdue ? "page" : undefined}>
          Open
        </Link>
        <Link
          href="/postmortems/action-items?overdue=true"
          className={tab(overdue)}
          aria-current={overdue ? "page" : undefined}
        >
          Overdue
        </Link>
        <span className="ml-auto">
          <Freshness of={q} />
        </span>
      </nav>
      <section className="card min-w-0 p-4" aria-label="Action items">
        {people ? (
          <ActionItemsTable items={items} people={people} queryKey={queryKey} empty={empty} />
        ) : items.length === 0 ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">{empty}</p>
        ) : (
          <ActionItemList items={items} showPostmortem />
        )}
      </section>
    </>
  );
}
