"use client";

import type { IncidentSummaryDto, OverviewSummaryDto } from "@opsdeck/core";
import type { CheckTilesDto } from "@opsdeck/core/check/index";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { HealthPanels } from "@/components/health/health-panels";
import { Freshness } from "@/components/overview/freshness";
import { SummaryCards } from "@/components/overview/summary-cards";
import { IncidentTable } from "@/components/tables/incidents/incident-table";
import { fetchJson } from "@/lib/api/fetch-json";

export type OverviewData = { summary: OverviewSummaryDto; openIncidents: IncidentSummaryDto[] };

const fetchOverview = () => fetchJson<OverviewData>("/api/v1/overview");

type Props = { initial: OverviewData; tilesJson: string; tilesComplete: boolean; renderedAt: number };

/**
 * The live half of the overview: health tiles and incidents, each polling every 10 s from what the
 * server rendered. The tiles arrive as one JSON string: thousands of tiles as props cost React's
 * serializer far more than one string and a JSON.parse. The first copy may lack hidden sparklines.
 */
export function OverviewClient({ initial, tilesJson, tilesComplete, renderedAt }: Props) {
  const [tiles] = useState(() => JSON.parse(tilesJson) as CheckTilesDto);
  const q = useQuery({
    queryKey: ["overview"],
    queryFn: fetchOverview,
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    refetchInterval: 10_000,
  });
  const { summary, openIncidents } = q.data;
  const hidden = summary.openIncidents.total - openIncidents.length;
  return (
    <div className="flex flex-col gap-6">
      <HealthPanels initial={tiles} complete={tilesComplete} renderedAt={renderedAt} />
      <Freshness updatedAt={q.dataUpdatedAt} failed={q.isError} fetching={q.isFetching} error={q.error?.message ?? null} />
      <SummaryCards summary={summary} />
      <section aria-labelledby="open-incidents" className="min-w-0">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="open-incidents" className="text-lg font-semibold">
            Open incidents
          </h2>
          <Link href="/incidents" className="text-sm font-medium text-emerald-700 hover:underline dark:text-emerald-400">
            {hidden > 0 ? `Showing ${openIncidents.length} of ${summary.openIncidents.total}: see all` : "All incidents"} →
          </Link>
        </div>
        <IncidentTable incidents={openIncidents} asOf={q.dataUpdatedAt} empty="No open incidents. All quiet." caption="Open incidents, most urgent first" />
      </section>
    </div>
  );
}
