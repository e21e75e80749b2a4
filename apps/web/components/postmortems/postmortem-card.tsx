import type { PostmortemSummaryDto } from "@opsdeck/core";
import Link from "next/link";
import { SeverityBadge } from "@/components/badges/severity-badge";
import { PostmortemStatusBadge } from "@/components/badges/status-badges";
import { Time } from "@/components/ui/time";
import { ActionItemCounts } from "./action-item-counts";
import { DueBadge } from "./due-badge";

/** One postmortem in the list: its incident, status and how far its follow-ups have got. */
export function PostmortemCard({ postmortem: p }: { postmortem: PostmortemSummaryDto }) {
  return (
    <li className="card flex min-w-0 flex-col gap-2 p-4">
      <div className="flex flex-wrap items-center gap-2">
        <SeverityBadge severity={p.incident.severity} />
        <PostmortemStatusBadge status={p.status} />
        <DueBadge due={p.due} dueAt={p.dueAt} />
        <span className="text-xs text-slate-500 dark:text-slate-400">
          Detected <Time iso={p.incident.detectedAt} as="date" />
        </span>
      </div>
      <h2 className="min-w-0 font-semibold break-words">
        <Link href={`/postmortems/${p.id}`} className="hover:underline">
          #{p.incident.number} {p.title || p.incident.title}
        </Link>
      </h2>
      {p.summary && <p className="line-clamp-3 text-sm break-words text-slate-600 dark:text-slate-400">{p.summary}</p>}
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <ActionItemCounts counts={p.actionItems} />
        <Link
          href={`/incidents/${p.incident.number}`}
          className="font-medium text-emerald-700 hover:underline dark:text-emerald-400"
        >
          Incident #{p.incident.number} →
        </Link>
      </div>
    </li>
  );
}
