import type { DuePostmortemDto } from "@opsdeck/core";
import Link from "next/link";
import { SeverityBadge } from "@/components/badges/severity-badge";
import { DueBadge } from "./due-badge";

/** Postmortems still to write or publish, soonest due first; an incident without one links to where it is started. */
export function DueList({ items }: { items: DuePostmortemDto[] }) {
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800">
      {items.map((d) => (
        <li key={d.incident.id} className="flex flex-wrap items-center justify-between gap-2 py-2 first:pt-0 last:pb-0">
          <span className="flex min-w-0 flex-wrap items-center gap-2 text-sm">
            <SeverityBadge severity={d.incident.severity} />
            <Link
              href={d.postmortem ? `/postmortems/${d.postmortem.id}` : `/incidents/${d.incident.number}`}
              className="min-w-0 font-medium break-words hover:underline"
            >
              #{d.incident.number} {d.incident.title}
            </Link>
            <span className="text-xs text-slate-600 dark:text-slate-400">
              {d.postmortem ? d.postmortem.status.toLowerCase().replace("_", " ") : "not started"}
            </span>
          </span>
          <DueBadge due={d.due} dueAt={d.dueAt} />
        </li>
      ))}
    </ul>
  );
}
