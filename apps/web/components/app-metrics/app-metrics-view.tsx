"use client";

import type { AppMetricsDto } from "@opsdeck/core/app-metrics/dto";
import type { THealthRange } from "@opsdeck/core/check/index";
import { keepPreviousData } from "@tanstack/react-query";
import { TrendChart } from "@/components/charts/trend-chart";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { Freshness } from "@/components/overview/freshness";
import { RangePicker } from "@/components/health/range-picker";
import { Time } from "@/components/ui/time";
import { fetchJson } from "@/lib/api/fetch-json";
import { AppMetricsPanel } from "./app-panel";
import { type AppPanel, problemsOf } from "./problems";

type Props = { initial: AppMetricsDto; range: THealthRange; renderedAt: number; liveFrom: number };

const LATENCY_COLORS = { p50: "#059669", p95: "#d97706", p99: "#dc2626" };

const perSecond = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(v >= 10 ? 0 : 1)} ms`);

/** A service's request rate, 5xx percent and latency percentiles, read again whenever its endpoint is scraped. */
export function AppMetricsView({ initial, range, renderedAt, liveFrom }: Props) {
  const slug = initial.service.slug;
  const q = useLiveQuery({
    queryKey: ["app-metrics", slug, range] as const,
    queryFn: () => fetchJson<AppMetricsDto>(`/api/v1/services/${encodeURIComponent(slug)}/app-metrics?range=${range}`),
    initialData: range === initial.range ? initial : undefined,
    initialDataUpdatedAt: renderedAt,
    placeholderData: keepPreviousData,
    from: liveFrom,
    on: {
      "app_metrics.scraped": (_: AppMetricsDto, p: Record<string, unknown>) =>
        Array.isArray(p.services) && p.services.includes(slug) ? REFETCH : undefined,
    },
  });
  const d = q.data ?? initial;
  const e = d.endpoint;
  // Under a problem, "yet" would promise figures that will not come until it is fixed.
  const empty = (panel: AppPanel, waiting: string) =>
    problemsOf(e, panel).length ? "Nothing scraped in this range." : waiting;
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <RangePicker range={range} />
        <Freshness of={q} />
      </div>
      {e ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Scraped from <span className="font-mono break-all">{e.url}</span>
          {e.scrapedAt ? (
            <>
              , last at <Time iso={e.scrapedAt} as="seconds" />
            </>
          ) : (
            ", not scraped yet"
          )}
          ; figures are the change between two scrapes.
        </p>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="app-metrics-none">
          No metrics endpoint is set for this service: set its Prometheus URL below to chart request rate, 5xx errors
          and latency.
        </p>
      )}
      <div className="grid min-w-0 gap-4 lg:grid-cols-2">
        <AppMetricsPanel id="requests" title="Request rate" endpoint={e} aside="requests per second">
          <TrendChart
            series={d.requestRate ? [d.requestRate] : []}
            markers={{ service: slug }}
            stepSeconds={d.stepSeconds}
            label="Requests per second"
            format={perSecond}
            empty={empty("requests", "No request rate in this range yet: it needs two scrapes.")}
          />
        </AppMetricsPanel>
        <AppMetricsPanel id="errors" title="5xx error rate" endpoint={e} aside="percent of answers">
          <TrendChart
            series={d.errorRate ? [d.errorRate] : []}
            markers={{ service: slug }}
            stepSeconds={d.stepSeconds}
            label="Percent of answers that were 5xx"
            format={(v) => `${v.toFixed(v >= 10 ? 0 : 1)} %`}
            domain={[0, (max: number) => Math.max(1, Math.ceil(max))]}
            empty={empty("errors", "No error rate in this range yet: it needs requests between two scrapes.")}
          />
        </AppMetricsPanel>
        <AppMetricsPanel id="latency" title="Latency" endpoint={e} aside="p50, p95, p99 from the histogram">
          <TrendChart
            series={d.latency}
            markers={{ service: slug }}
            colors={LATENCY_COLORS}
            stepSeconds={d.stepSeconds}
            label="Latency percentiles"
            format={ms}
            empty={empty("latency", "No latency in this range yet: it needs requests between two scrapes.")}
          />
        </AppMetricsPanel>
      </div>
    </div>
  );
}
