import type { ServiceDetailDto } from "@opsdeck/core";
import { TierBadge } from "@/components/badges/status-badges";
import { personName } from "@/components/incidents/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { RunbookLink } from "./runbook-link";

/** The service's ownership facts, in a narrow side card. */
export function ServiceFacts({ service: s }: { service: ServiceDetailDto }) {
  return (
    <section className="card min-w-0 self-start p-4" aria-labelledby="service-facts">
      <h2 id="service-facts" className="mb-3 font-semibold">
        About
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 text-sm">
        <dt className="text-slate-500 dark:text-slate-400">Tier</dt>
        <dd>
          <TierBadge tier={s.tier} />
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">Team</dt>
        <dd className="min-w-0 break-words">{s.team ?? "—"}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Owner</dt>
        <dd className="min-w-0 break-words">{personName(s.owner) ?? "No owner yet"}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Open incidents</dt>
        <dd className={s.openIncidentCount ? "font-semibold text-red-700 dark:text-red-400" : ""}>
          {s.openIncidentCount}
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">When a check is DOWN</dt>
        <dd>{s.autoIncidentSeverity ? `Opens a ${s.autoIncidentSeverity} incident` : "No incident opened"}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Status page</dt>
        <dd className="min-w-0 break-words">{s.public ? `Shown as ${s.publicName ?? s.name}` : "Not shown"}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Slug</dt>
        <dd className="min-w-0 break-all font-mono text-xs leading-5">{s.slug}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Updated</dt>
        <dd>
          <RelativeTime iso={s.updatedAt} />
        </dd>
      </dl>
      {s.runbookUrl && (
        <div className="mt-3 text-sm">
          <RunbookLink url={s.runbookUrl} />
        </div>
      )}
    </section>
  );
}
