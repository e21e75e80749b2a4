import type { PostmortemDto } from "@opsdeck/core";
import { Download, Printer } from "lucide-react";
import Link from "next/link";
import { SeverityBadge } from "@/components/badges/severity-badge";
import { PostmortemStatusBadge } from "@/components/badges/status-badges";
import { formatDuration } from "@/components/incidents/format";
import { Time } from "@/components/ui/time";
import { DueBadge } from "./due-badge";

/** What the postmortem is about (derived from its incident), where it stands, and its exports. */
export function PostmortemHeader({ pm, exports = true }: { pm: PostmortemDto; exports?: boolean }) {
  const { incident } = pm;
  return (
    <div className="-mt-3 mb-6 flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-slate-600 dark:text-slate-400">
        <SeverityBadge severity={incident.severity} long />
        <PostmortemStatusBadge status={pm.status} />
        <DueBadge due={pm.due} dueAt={pm.dueAt} />
        <Link
          href={`/incidents/${incident.number}`}
          className="font-medium text-emerald-700 hover:underline dark:text-emerald-400"
        >
          Incident #{incident.number}
        </Link>
        <span>
          Detected <Time iso={incident.detectedAt} />
        </span>
        <span>{pm.durationMs === null ? "Not resolved" : `Lasted ${formatDuration(pm.durationMs)}`}</span>
        {pm.publishedAt && (
          <span>
            Published <Time iso={pm.publishedAt} />
          </span>
        )}
      </div>
      {exports && (
        <div className="flex flex-wrap gap-2 print:hidden">
          <a href={`/api/v1/postmortems/${pm.id}/markdown`} download className="btn-secondary px-2.5 py-1">
            <Download className="size-4" aria-hidden /> Markdown
          </a>
          <Link href={`/postmortems/${pm.id}/print`} className="btn-secondary px-2.5 py-1">
            <Printer className="size-4" aria-hidden /> Print view
          </Link>
        </div>
      )}
    </div>
  );
}
