import { listIncidents } from "@opsdeck/core";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import Link from "next/link";
import { IncidentFilters, SEVERITY_FILTERS, STATUS_FILTERS, type SeverityFilter, type StatusFilter } from "@/components/incidents/incident-filters";
import { IncidentsLive } from "@/components/incidents/incidents-live";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Incidents" };

type Search = { status?: string | string[]; severity?: string | string[] };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Unknown filter values fall back to the defaults instead of failing the page. */
function filters(sp: Search): { status: StatusFilter; severity: SeverityFilter | null } {
  const status = STATUS_FILTERS.find((s) => s.value === first(sp.status))?.value ?? "open";
  const severity = SEVERITY_FILTERS.find((s) => s === first(sp.severity)?.toUpperCase()) ?? null;
  return { status, severity };
}

const EMPTY: Record<StatusFilter, string> = { open: "No open incidents. All quiet.", resolved: "No resolved incidents.", all: "No incidents recorded yet." };

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await requireRole("VIEWER");
  const { status, severity } = filters(await searchParams);
  const now = Date.now();
  // Read before the data: events after it are caught up by the page's stream, none is missed.
  const liveFrom = await liveCursor(db());
  const incidents = await listIncidents({ db: db(), ctx: { actor: me }, input: { status, severity: severity ?? undefined, limit: 200 } });
  const empty = severity ? `No ${status === "all" ? "" : `${status} `}${severity} incidents.` : EMPTY[status];
  return (
    <>
      <PageHeader
        title="Incidents"
        description="Open ones most urgent first; resolved and all newest first. SLA targets follow the severity policy."
        actions={
          <Link href="/incidents/reports" className="btn-secondary">
            Reports
          </Link>
        }
      />
      <IncidentFilters status={status} severity={severity} />
      <IncidentsLive key={`${status}-${severity}`} status={status} severity={severity} initial={incidents} renderedAt={now} liveFrom={liveFrom} empty={empty} />
    </>
  );
}
