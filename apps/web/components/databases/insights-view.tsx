"use client";

import type { InsightsDto } from "@opsdeck/core/database/dto";
import { keepPreviousData, useQueryClient } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { Freshness } from "@/components/overview/freshness";
import { RANGES } from "@/components/health/range-picker";
import { Time } from "@/components/ui/time";
import { fetchJson } from "@/lib/api/fetch-json";
import { CachePanel } from "./cache-panel";
import { ConnectionsPanel } from "./connections-panel";
import { IndexesPanel } from "./indexes-panel";
import { InsightsControls, LONG_CHOICES } from "./insights-controls";
import { LongRunningPanel } from "./long-running-panel";
import { SizesPanel } from "./sizes-panel";
import { SlowQueriesPanel } from "./slow-queries-panel";
import { VacuumPanel } from "./vacuum-panel";

type Props = { initial: InsightsDto; renderedAt: number; liveFrom: number; canTerminate: boolean };

const insightsKey = (id: string, range: string, long: number) => ["database-insights", id, range, long] as const;

/** Refetch when the sampler read this database, or something was done to it. */
const concerns = (id: string) => (_: InsightsDto, p: Record<string, unknown>) =>
  (Array.isArray(p.ids) && p.ids.includes(id)) || p.id === id ? REFETCH : undefined;

/** One database's insights, read again whenever the sampler has read it (about once a minute). */
export function InsightsView({ initial, renderedAt, liveFrom, canTerminate }: Props) {
  const params = useSearchParams();
  const id = initial.database.id;
  const range = RANGES.find((r) => r === params.get("range")) ?? "24h";
  const rawLong = Number(params.get("long"));
  const long = LONG_CHOICES.find((s) => s === rawLong) ?? 60;
  const qc = useQueryClient();
  const key = insightsKey(id, range, long);
  const q = useLiveQuery({
    queryKey: key,
    queryFn: () =>
      fetchJson<InsightsDto>(
        `/api/v1/databases/${encodeURIComponent(id)}/insights?range=${range}&longRunningSeconds=${long}`,
      ),
    initialData: range === initial.range && long === initial.longRunningSeconds ? initial : undefined,
    initialDataUpdatedAt: renderedAt,
    placeholderData: keepPreviousData,
    from: liveFrom,
    on: { "database.sampled": concerns(id), "database.changed": concerns(id) },
  });
  const d = q.data ?? initial;
  const refetch = () => void qc.invalidateQueries({ queryKey: key, exact: true });
  // A database's events are its service's (a check's or a target's) when it has one, else everything.
  const markers = { service: d.database.service?.slug ?? null };
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <InsightsControls range={range} long={long} />
        <button type="button" className="btn-secondary px-2.5 py-1" onClick={refetch} disabled={q.isFetching}>
          {q.isFetching ? "Reading…" : "Read now"}
        </button>
      </div>
      <Freshness of={q} />
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Read from the database at <Time iso={d.readAt} as="seconds" />
        {d.server && (
          <>
            {" "}
            as {d.server.user}, PostgreSQL {d.server.version}
          </>
        )}
        ; trends from samples taken about once a minute.
      </p>
      <div className="grid min-w-0 gap-4 lg:grid-cols-2">
        <ConnectionsPanel section={d.connections} trends={d.trends} markers={markers} />
        <CachePanel section={d.cache} trends={d.trends} markers={markers} />
        <LongRunningPanel
          databaseId={id}
          databaseName={d.database.name}
          section={d.longRunning}
          minSeconds={d.longRunningSeconds}
          canTerminate={canTerminate}
          onTerminated={refetch}
        />
        <SlowQueriesPanel section={d.slowQueries} range={d.range} />
        <SizesPanel section={d.sizes} trends={d.trends} range={d.range} markers={markers} />
        <IndexesPanel section={d.indexes} />
        <VacuumPanel section={d.vacuum} trends={d.trends} markers={markers} />
      </div>
    </div>
  );
}
