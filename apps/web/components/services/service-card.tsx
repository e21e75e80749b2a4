import { BookOpen } from "lucide-react";
import Link from "next/link";
import { TierBadge } from "@/components/badges/status-badges";
import { STATE_BORDER, StateBadge } from "@/components/health/state-badge";
import { personName } from "@/components/incidents/format";
import { stateCountsText } from "@/lib/health/state-counts";
import type { ServiceRow } from "@/lib/services/sort";
import { RunbookLink } from "./runbook-link";

/** One service in the catalogue: how it is, who owns it and whether anything is on fire. */
export function ServiceCard({ service: s }: { service: ServiceRow }) {
  const h = s.health;
  return (
    <li
      className={`card flex min-w-0 flex-col gap-3 border-l-4 p-4 ${h?.state ? STATE_BORDER[h.state] : "border-l-slate-200 dark:border-l-slate-700"}`}
      data-testid="service-card"
      data-state={h?.state ?? "NONE"}
    >
      <div className="flex min-w-0 items-start justify-between gap-2">
        <h2 className="min-w-0 font-semibold break-words">
          <Link href={`/services/${s.slug}`} className="hover:underline">
            {s.name}
          </Link>
        </h2>
        <div className="flex shrink-0 flex-wrap justify-end gap-1">
          {h?.state ? <StateBadge state={h.state} /> : <span className="text-xs text-slate-500 dark:text-slate-400">No checks</span>}
          <TierBadge tier={s.tier} />
        </div>
      </div>
      {s.description && <p className="text-sm break-words text-slate-600 dark:text-slate-400">{s.description}</p>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500 dark:text-slate-400">Team</dt>
        <dd className="min-w-0 truncate">{s.team ?? "—"}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Owner</dt>
        <dd className="min-w-0 truncate">{personName(s.owner) ?? "No owner yet"}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Open incidents</dt>
        <dd className={s.openIncidentCount ? "font-semibold text-red-700 dark:text-red-400" : ""}>{s.openIncidentCount}</dd>
        {h?.worst && (
          <>
            <dt className="text-slate-500 dark:text-slate-400">Checks</dt>
            <dd className="min-w-0" data-testid="service-check-counts">
              {h.worst.state === "UP" ? `all ${h.checkCount} up` : stateCountsText(h.counts)}
            </dd>
            {h.worst.state !== "UP" && (
              <>
                <dt className="text-slate-500 dark:text-slate-400">Worst check</dt>
                <dd className="min-w-0 truncate" title={h.worst.name}>
                  {`${h.worst.name} (${h.worst.state.toLowerCase()})`}
                </dd>
              </>
            )}
          </>
        )}
      </dl>
      <div className="mt-auto flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link
          href={`/services/${s.slug}`}
          className="inline-flex items-center gap-1 font-medium text-emerald-700 hover:underline dark:text-emerald-400"
        >
          <BookOpen className="size-4" aria-hidden />
          Runbook & incidents
        </Link>
        <RunbookLink url={s.runbookUrl} />
      </div>
    </li>
  );
}
