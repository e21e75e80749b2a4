"use client";

import type { IncidentSummaryDto, OverviewSummaryDto } from "@opsdeck/core";
import type { CheckTilesDto } from "@opsdeck/core/check/index";
import Link from "next/link";
import { useState } from "react";
import { HealthPanels } from "@/components/health/health-panels";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { Freshness } from "@/components/overview/freshness";
import { SummaryCards } from "@/components/overview/summary-cards";
import { IncidentTable } from "@/components/tables/incidents/incident-table";
import { fetchJson } from "@/lib/api/fetch-json";

export type OverviewData = { summary: OverviewSummaryDto; openIncidents: IncidentSummaryDto[] };

const fetchOverview = () => fetchJson<OverviewData>("/api/v1/overview");

type Props = { initial: OverviewData; tilesJson: string; tilesComplete: boolean; renderedAt: number; liveFrom: number };

/**
 * The live half of the overview: health tiles and incidents, kept current by the event stream from
 * what the server rendered (incident and checklist events refetch the summary). The tiles arrive as one JSON string: thousands of tiles as props cost React's
 * serializer far more than one string and a JSON.parse. The first copy may lack hidden sparklines.
 */
const refetch = (): typeof REFETCH => REFETCH;
const SUMMARY_EVENTS = [
  "incident.created",
  "incident.changed",
  "incident.timeline",
  "checklist.item",
  "checklist.signoff",
  "severity_policy.changed",
];

export function OverviewClient({ initial, tilesJson, tilesComplete, renderedAt, liveFrom }: Props) {
  const [tiles] = useState(() => JSON.parse(tilesJson) as CheckTilesDto);
  const q = useLiveQuery({
    queryKey: ["overview"],
    queryFn: fetchOverview,
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    from: liveFrom,
    on: Object.fromEntries(SUMMARY_EVENTS.map((e) => [e, refetch])),
  });
  const { summary, openIncidents } = q.data ?? initial;
  const hidden = summary.openIncidents.total - openIncidents.length;
  return (
    <div className="flex flex-col gap-6">
      <HealthPanels initial={tiles} complete={tilesComplete} renderedAt={renderedAt} liveFrom={liveFrom} />
      <Freshness of={q} />
      <SummaryCards summary={summary} />
      <section aria-labelledby="open-incidents" className="min-w-0">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="open-incidents" className="text-lg font-semibold">
            Open incidents
          </h2>
          <Link
            href="/incidents"
            className="text-sm font-medium text-emerald-700 hover:underline dark:text-emerald-400"
          >
            {hidden > 0
              ? `Showing ${openIncidents.length} of ${summary.openIncidents.total}: see all`
              : "All incidents"}{" "}
            →
          </Link>
        </div>
        <IncidentTable
          incidents={openIncidents}
          asOf={q.updatedAt}
          empty="No open incidents. All quiet."
          caption="Open incidents, most urgent first"
        />
      </section>
    </div>
  );
}
