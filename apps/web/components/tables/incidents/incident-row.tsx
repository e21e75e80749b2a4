import type { IncidentSummaryDto } from "@opsdeck/core";
import Link from "next/link";
import { ServiceLinks } from "./service-links";
import { SeverityBadge } from "@/components/badges/severity-badge";
import { IncidentStatusBadge } from "@/components/badges/status-badges";
import { UnansweredBadge } from "@/components/badges/unanswered-badge";
import { formatDuration } from "@/components/incidents/format";
import { SlaCell } from "@/components/incidents/sla-cell";
import { RelativeTime } from "@/components/ui/relative-time";

type Props = { incident: IncidentSummaryDto; asOf?: number };

export function IncidentRow({ incident: i, asOf }: Props) {
  return (
    <tr>
      <td className="whitespace-nowrap font-mono text-slate-500 dark:text-slate-400">#{i.number}</td>
      <td className="min-w-48">
        <Link href={`/incidents/${i.number}`} className="font-medium break-words hover:underline">
          {i.title}
        </Link>
      </td>
      <td>
        <SeverityBadge severity={i.severity} />
      </td>
      <td>
        <span className="flex flex-wrap gap-1">
          <IncidentStatusBadge status={i.status} />
          <UnansweredBadge unansweredAt={i.unansweredAt} />
        </span>
      </td>
      <td>
        <ServiceLinks services={i.services} none="—" />
      </td>
      <td className="whitespace-nowrap text-slate-600 dark:text-slate-300">
        {asOf === undefined ? <RelativeTime iso={i.detectedAt} /> : formatDuration(asOf - Date.parse(i.detectedAt))}
      </td>
      <td>
        <SlaCell incident={i} />
      </td>
    </tr>
  );
}
