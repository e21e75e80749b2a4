"use client";

import type { IncidentSummaryDto, OverviewSummaryDto } from "@opsdeck/core";
import type { HealthSummaryDto } from "@opsdeck/core/check/index";
import type { TileHistoryPatch, TileStatePatch } from "@opsdeck/core/check/tile-patches";
import { useState } from "react";
import { HealthPanels } from "@/components/health/health-panels";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { Freshness } from "@/components/overview/freshness";
import { SummaryCards } from "@/components/overview/summary-cards";
import { IncidentTable } from "@/components/tables/incidents/incident-table";
import { fetchJson } from "@/lib/api/fetch-json";
import { patchHealth } from "@/lib/live/patch-health";
import { IntentLink } from "@/components/ui/intent-link";

export type OverviewData = {
  summary: OverviewSummaryDto;
  openIncidents: IncidentSummaryDto[];
  health: HealthSummaryDto;
};

const fetchOverview = () => fetchJson<OverviewData>("/api/v1/overview");

type Props = { initialJson: string; renderedAt: number; liveFrom: number };

const refetch = (): typeof REFETCH => REFETCH;
const SUMMARY_EVENTS = [
  "incident.created",
  "incident.changed",
  "incident.timeline",
  "checklist.item",
  "checklist.signoff",
  "severity_policy.changed",
  "refetch",
];

/** Results and history patch the tiles shown; a state change (a count moves) reads the summary again. */
const onTiles = (data: OverviewData, p: Record<string, unknown>) => {
  const health = patchHealth(data.health, p as { states: TileStatePatch[]; histories: TileHistoryPatch[] });
  if (health === "refetch") return REFETCH;
  return health === data.health ? data : { ...data, health };
};

/**
 * The live half of the overview: the health summary (per-service counts, tiles of what is not UP) and
 * incidents, kept current by the event stream from what the server rendered. The data arrives as one
 * JSON string: a large payload as props costs React's serializer far more than one JSON.parse.
 */
export function OverviewClient({ initialJson, renderedAt, liveFrom }: Props) {
  const [initial] = useState(() => JSON.parse(initialJson) as OverviewData);
  const q = useLiveQuery({
    queryKey: ["overview"],
    queryFn: fetchOverview,
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    from: liveFrom,
    on: { ...Object.fromEntries(SUMMARY_EVENTS.map((e) => [e, refetch])), tiles: onTiles },
  });
  const { summary, openIncidents, health } = q.data ?? initial;
  const hidden = summary.openIncidents.total - openIncidents.length;
  return (
    <div className="flex flex-col gap-6">
      <Freshness of={q} />
      <HealthPanels health={health} />
      <SummaryCards summary={summary} />
      <section aria-labelledby="open-incidents" className="min-w-0">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="open-incidents" className="text-lg font-semibold">
            Open incidents
          </h2>
          <IntentLink
            href="/incidents"
            className="text-sm font-medium text-emerald-700 hover:underline dark:text-emerald-400"
          >
            {hidden > 0
              ? `Showing ${openIncidents.length} of ${summary.openIncidents.total}: see all`
              : "All incidents"}{" "}
            →
          </IntentLink>
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
