"use client";

import type { OnCallDto } from "@opsdeck/core/schedule/on-call";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { readOnCallAction } from "@/app/(dashboard)/schedules/actions";
import { useLive } from "@/components/live/live-provider";
import { unwrapRead } from "@/lib/read-result";
import { ON_CALL_KEY } from "./schedule-key";
import { useRefetchAt } from "./use-refetch-at";

/**
 * Who is on call on every schedule, for the shell and the pages that show it: read again when a shift
 * ends, and on a schedule change when a page already holds the event stream (this does not open one).
 */
export function useOnCall(initial: OnCallDto[], renderedAt: number) {
  const conn = useLive();
  const client = useQueryClient();
  const q = useQuery({
    queryKey: ON_CALL_KEY,
    queryFn: async () => unwrapRead(await readOnCallAction()),
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    staleTime: Number.POSITIVE_INFINITY,
  });
  useEffect(
    () =>
      conn.subscribe((f) => {
        if (f.event === "schedule.changed" || f.event === "reset")
          void client.invalidateQueries({ queryKey: ON_CALL_KEY, exact: true });
      }),
    [conn, client],
  );
  const data = q.data ?? initial;
  useRefetchAt(
    ON_CALL_KEY,
    data.flatMap((s) => s.layers.map((l) => l.until)),
  );
  return data;
}
