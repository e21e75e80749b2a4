import type { ServiceSummaryDto } from "@opsdeck/core";
import { BookOpen } from "lucide-react";
import Link from "next/link";
import { TierBadge } from "@/components/badges/status-badges";
import { personName } from "@/components/incidents/format";
import { RunbookLink } from "./runbook-link";

/** One service in the catalogue: who owns it and whether anything is on fire. */
export function ServiceCard({ service: s }: { service: ServiceSummaryDto }) {
  return (
    <li className="card flex min-w-0 flex-col gap-3 p-4">
      <div className="flex min-w-0 items-start justify-between gap-2">
        <h2 className="min-w-0 font-semibold break-words">
          <Link href={`/services/${s.slug}`} className="hover:underline">
            {s.name}
          </Link>
        </h2>
        <TierBadge tier={s.tier} />
      </div>
      {s.description && <p className="text-sm break-words text-slate-600 dark:text-slate-400">{s.description}</p>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500 dark:text-slate-400">Team</dt>
        <dd className="min-w-0 truncate">{s.team ?? "—"}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Owner</dt>
        <dd className="min-w-0 truncate">{personName(s.owner) ?? "No owner yet"}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Open incidents</dt>
        <dd className={s.openIncidentCount ? "font-semibold text-red-700 dark:text-red-400" : ""}>{s.openIncidentCount}</dd>
      </dl>
      <div className="mt-auto flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={`/services/${s.slug}`} className="inline-flex items-center gap-1 font-medium text-emerald-700 hover:underline dark:text-emerald-400">
          <BookOpen className="size-4" aria-hidden />
          Runbook & incidents
        </Link>
        <RunbookLink url={s.runbookUrl} />
      </div>
    </li>
  );
}
