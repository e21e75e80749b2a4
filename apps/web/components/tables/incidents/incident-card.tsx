import type { IncidentSummaryDto } from "@opsdeck/core";
import Link from "next/link";
import { ServiceLinks } from "./service-links";
import { SeverityBadge } from "@/components/badges/severity-badge";
import { IncidentStatusBadge } from "@/components/badges/status-badges";
import { UnansweredBadge } from "@/components/badges/unanswered-badge";
import { formatDuration } from "@/components/incidents/format";
import { SlaCell } from "@/components/incidents/sla-cell";
import { RelativeTime } from "@/components/ui/relative-time";

/** The phone layout of an incident row: everything visible without scrolling sideways. */
export function IncidentCard({ incident: i, asOf }: { incident: IncidentSummaryDto; asOf?: number }) {
  return (
    <li className="flex min-w-0 flex-col gap-1.5 p-3">
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500 dark:text-slate-400">
        <SeverityBadge severity={i.severity} />
        <IncidentStatusBadge status={i.status} />
        <UnansweredBadge unansweredAt={i.unansweredAt} />
        <span className="font-mono">#{i.number}</span>
        <span className="ml-auto">
          {asOf === undefined ? (
            <RelativeTime iso={i.detectedAt} />
          ) : (
            `open ${formatDuration(asOf - Date.parse(i.detectedAt))}`
          )}
        </span>
      </div>
      <Link href={`/incidents/${i.number}`} className="font-medium break-words hover:underline">
        {i.title}
      </Link>
      <div className="flex flex-wrap items-end justify-between gap-x-4 gap-y-1 text-sm">
        <ServiceLinks services={i.services} none="No service" className="text-slate-600 dark:text-slate-300" />
        <SlaCell incident={i} />
      </div>
    </li>
  );
}
