"use client";

import type { ActionRunDto, TListRuns } from "@opsdeck/core";
import { useLiveQuery } from "@/components/live/use-live-query";
import { Freshness } from "@/components/overview/freshness";
import { fetchJson } from "@/lib/api/fetch-json";
import { patchListProgress, refetchList } from "../live-patch";
import { RunTable } from "./run-table";

type Props = {
  filters: Pick<TListRuns, "status" | "kind" | "targetId">;
  initial: ActionRunDto[];
  renderedAt: number;
  liveFrom: number;
  empty: string;
  caption?: string;
};

export const runsKey = (f: Props["filters"]) =>
  ["action-runs", f.status ?? null, f.kind ?? null, f.targetId ?? null] as const;

/** Runs, read again when one is requested or changes status; progress moves in place. */
export function RunsLive({ filters, initial, renderedAt, liveFrom, empty, caption = "Action runs" }: Props) {
  const q = useLiveQuery({
    queryKey: runsKey(filters),
    queryFn: () =>
      fetchJson<ActionRunDto[]>(
        `/api/v1/actions?${new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === "string"))}`,
      ),
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    from: liveFrom,
    on: { "action.changed": refetchList, "action.finished": refetchList, "action.progress": patchListProgress },
  });
  return (
    <>
      <Freshness of={q} />
      <div className="mt-2">
        <RunTable runs={q.data ?? initial} empty={empty} caption={caption} />
      </div>
    </>
  );
}
