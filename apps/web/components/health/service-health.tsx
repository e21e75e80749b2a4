"use client";

import type { ServiceHealthDto, THealthRange } from "@opsdeck/core/check/index";
import { keepPreviousData } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { REFETCH, useLiveQuery, useWatchChecks } from "@/components/live/use-live-query";
import { Freshness } from "@/components/overview/freshness";
import { fetchJson } from "@/lib/api/fetch-json";
import { CheckEvents, CheckFailures } from "./check-events";
import { CheckHealthCard } from "./check-health-card";
import { RangePicker, RANGES } from "./range-picker";

const fetchHealth = (slug: string, range: THealthRange) =>
  fetchJson<ServiceHealthDto>(`/api/v1/services/${encodeURIComponent(slug)}/health?range=${range}`);

type Props = { slug: string; initial: ServiceHealthDto; renderedAt: number; canAct: boolean; liveFrom: number };

type Ids = { states?: { id: string }[]; histories?: { id: string }[] };

/** Refetch when one of this service's checks changed: the charts are one object, read again as a whole. */
const concerns = (data: ServiceHealthDto, p: Record<string, unknown>) => {
  const { states = [], histories = [] } = p as Ids;
  const mine = new Set(data.checks.map((c) => c.id));
  return [...states, ...histories].some((x) => mine.has(x.id)) ? REFETCH : undefined;
};

/** The service's checks over the range in the URL, read again whenever one of them changes. */
export function ServiceHealth({ slug, initial, renderedAt, canAct, liveFrom }: Props) {
  const raw = useSearchParams().get("range");
  const range = RANGES.find((r) => r === raw) ?? "24h";
  const q = useLiveQuery({
    queryKey: ["service-health", slug, range],
    queryFn: () => fetchHealth(slug, range),
    initialData: range === initial.range ? initial : undefined,
    initialDataUpdatedAt: renderedAt,
    placeholderData: keepPreviousData,
    from: liveFrom,
    on: { tiles: concerns, refetch: () => REFETCH },
  });
  const data = q.data ?? initial;
  useWatchChecks(data.checks.map((c) => c.id));
  const names = new Map(data.checks.map((c) => [c.id, c.name]));
  return (
    <section className="mt-6 flex min-w-0 flex-col gap-3" aria-labelledby="health">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="health" className="text-lg font-semibold">
          Health
        </h2>
        <RangePicker range={range} />
      </div>
      <Freshness of={q} />
      {data.checks.length === 0 ? (
        <p className="card p-4 text-sm text-slate-500 dark:text-slate-400">No checks on this service yet.</p>
      ) : (
        <ul className="grid min-w-0 gap-3 xl:grid-cols-2">
          {data.checks.map((c) => (
            <CheckHealthCard key={c.id} check={c} bucketSeconds={data.bucketSeconds} slug={slug} canAct={canAct} />
          ))}
        </ul>
      )}
      <div className="grid min-w-0 gap-3 lg:grid-cols-2">
        <section className="card min-w-0" aria-labelledby="state-changes">
          <h3 id="state-changes" className="border-b border-slate-200 px-3 py-2 font-semibold dark:border-slate-800">
            Recent state changes
          </h3>
          <CheckEvents events={data.events} names={names} />
        </section>
        <section className="card min-w-0" aria-labelledby="failures">
          <h3 id="failures" className="border-b border-slate-200 px-3 py-2 font-semibold dark:border-slate-800">
            Latest failures
          </h3>
          <CheckFailures failures={data.failures} names={names} />
        </section>
      </div>
    </section>
  );
}
