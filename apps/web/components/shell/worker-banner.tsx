"use client";

import type { WorkerStatusDto } from "@opsdeck/core/health/worker-status";
import { useQueryClient } from "@tanstack/react-query";
import { AlertOctagon } from "lucide-react";
import { useEffect, useRef } from "react";
import { Ago } from "@/components/health/ago";
import { useLiveQuery } from "@/components/live/use-live-query";
import { Time } from "@/components/ui/time";
import { fetchJson } from "@/lib/api/fetch-json";

const fetchStatus = () => fetchJson<WorkerStatusDto>("/api/v1/worker");

/**
 * Shown on every dashboard page while no worker heartbeat is fresh: checks are not running, so the
 * states on screen are the last known ones. Kept current by the event stream's pings (polled only while
 * no stream can be held); a change refetches the tiles at once.
 */
export function WorkerBanner({ initial, renderedAt }: { initial: WorkerStatusDto; renderedAt: number }) {
  const q = useLiveQuery({
    queryKey: ["worker-status"],
    queryFn: fetchStatus,
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    on: { ping: (_, p) => (p.worker as WorkerStatusDto | null) ?? undefined },
  });
  const status = q.data ?? initial;
  const running = status.running;
  const client = useQueryClient();
  const was = useRef(running);
  useEffect(() => {
    if (was.current === running) return;
    was.current = running;
    void client.invalidateQueries({ queryKey: ["check-tiles"] });
    void client.invalidateQueries({ queryKey: ["overview"] });
  }, [running, client]);
  if (running) return null;
  const last = status.lastSeenAt;
  return (
    <div
      role="alert"
      data-testid="worker-banner"
      className="mb-4 flex items-start gap-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-200"
    >
      <AlertOctagon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <p className="min-w-0 break-words">
        <strong className="font-semibold">Checks are not running.</strong>{" "}
        {last ? (
          <>
            The worker was last seen <Ago iso={last} /> (<Time iso={last} />
            ).
          </>
        ) : (
          "No worker has reported yet."
        )}{" "}
        Check states shown are the last known ones, marked stale.
      </p>
    </div>
  );
}
