"use client";

import type { ServiceHealthDto, THealthRange } from "@opsdeck/core/check/index";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { Freshness } from "@/components/overview/freshness";
import { fetchJson } from "@/lib/api/fetch-json";
import { CheckEvents, CheckFailures } from "./check-events";
import { CheckHealthCard } from "./check-health-card";
import { RangePicker, RANGES } from "./range-picker";

const fetchHealth = (slug: string, range: THealthRange) =>
  fetchJson<ServiceHealthDto>(`/api/v1/services/${encodeURIComponent(slug)}/health?range=${range}`);

type Props = { slug: string; initial: ServiceHealthDto; renderedAt: number; canAct: boolean };

/** The service's checks over the range in the URL, refreshed every 10 s. */
export function ServiceHealth({ slug, initial, renderedAt, canAct }: Props) {
  const raw = useSearchParams().get("range");
  const range = RANGES.find((r) => r === raw) ?? "24h";
  const q = useQuery({
    queryKey: ["service-health", slug, range],
    queryFn: () => fetchHealth(slug, range),
    initialData: range === initial.range ? initial : undefined,
    initialDataUpdatedAt: renderedAt,
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
  });
  const data = q.data ?? initial;
  const names = new Map(data.checks.map((c) => [c.id, c.name]));
  return (
    <section className="mt-6 flex min-w-0 flex-col gap-3" aria-labelledby="health">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="health" className="text-lg font-semibold">
          Health
        </h2>
        <RangePicker range={range} />
      </div>
      <Freshness
        updatedAt={q.dataUpdatedAt || renderedAt}
        failed={q.isError}
        fetching={q.isFetching}
        error={q.error?.message ?? null}
      />
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
