"use client";

import type { IncidentSummaryDto } from "@opsdeck/core";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { Freshness } from "@/components/overview/freshness";
import { IncidentTable } from "@/components/tables/incidents/incident-table";
import { fetchJson } from "@/lib/api/fetch-json";
import type { SeverityFilter, StatusFilter } from "./incident-filters";

type Props = {
  status: StatusFilter;
  severity: SeverityFilter | null;
  initial: IncidentSummaryDto[];
  renderedAt: number;
  liveFrom: number;
  empty: string;
};

const refetch = (): typeof REFETCH => REFETCH;

/** The filtered list, read again whenever an incident is declared or changes. */
export function IncidentsLive({ status, severity, initial, renderedAt, liveFrom, empty }: Props) {
  const query = new URLSearchParams({ status, ...(severity && { severity }) });
  const q = useLiveQuery({
    queryKey: ["incidents", status, severity],
    queryFn: () => fetchJson<IncidentSummaryDto[]>(`/api/v1/incidents?${query}`),
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    from: liveFrom,
    on: { "incident.created": refetch, "incident.changed": refetch, "severity_policy.changed": refetch },
  });
  const incidents = q.data ?? initial;
  return (
    <>
      <Freshness of={q} />
      <div className="mt-2">
        <IncidentTable incidents={incidents} empty={empty} caption="Incidents" />
      </div>
      {incidents.length === 200 && (
        <p className="mt-3 text-sm text-slate-500 dark:text-slate-400">Showing the first 200 incidents.</p>
      )}
    </>
  );
}
