"use client";

import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { fetchResult } from "@/lib/api/fetch-json";
import type { ReadResult } from "@/lib/read-result";

/**
 * One of a target's lists (`deployments`, `backups`), read again whenever a run on this target ends;
 * a failed read is shown in place with the API's message.
 */
export function useTargetRead<T>(
  targetId: string,
  what: "deployments" | "backups",
  o: { initial: ReadResult<T>; renderedAt: number; liveFrom: number },
) {
  const q = useLiveQuery({
    queryKey: [what, targetId],
    queryFn: () => fetchResult<T>(`/api/v1/targets/${targetId}/${what}`),
    initialData: o.initial,
    initialDataUpdatedAt: o.renderedAt,
    from: o.liveFrom,
    on: { "action.finished": (data, e) => (e.targetId === targetId ? REFETCH : data) },
  });
  return { q, result: q.data ?? o.initial };
}
