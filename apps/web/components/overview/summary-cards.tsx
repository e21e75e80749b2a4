import type { OverviewSummaryDto } from "@opsdeck/core";
import { SeverityBadge } from "@/components/badges/severity-badge";
import { ProgressBar } from "@/components/checklists/progress-bar";
import { formatDuration } from "@/components/incidents/format";
import { MissedChecklists } from "./missed-checklists";
import { SeverityCounts } from "./severity-counts";
import { StatCard } from "./stat-card";
import { IntentLink } from "@/components/ui/intent-link";

/** The overview's numbers: incidents first, because that is what on-call looks at first. */
export function SummaryCards({ summary: s }: { summary: OverviewSummaryDto }) {
  const oldest = s.oldestOpenIncident;
  const { due, signedOff, periodKey, missed } = s.checklistsToday;
  return (
    <div className="grid grid-cols-2 gap-3 xl:grid-cols-3">
      <StatCard
        label="Open incidents"
        value={s.openIncidents.total}
        alert={s.openIncidents.bySeverity.P0 > 0}
        href="/incidents"
        linkLabel="All incidents"
      >
        <SeverityCounts counts={s.openIncidents.bySeverity} />
      </StatCard>
      <StatCard label="SLA breaches" value={s.openIncidents.slaBreached} alert={s.openIncidents.slaBreached > 0}>
        Open incidents past their response or resolve target.
      </StatCard>
      <StatCard
        label="Oldest open incident"
        value={oldest ? formatDuration(oldest.ageMs) : "—"}
        href={oldest ? `/incidents/${oldest.number}` : undefined}
        linkLabel={oldest ? `Incident #${oldest.number}` : undefined}
      >
        {oldest ? (
          <span className="flex min-w-0 items-center gap-2">
            <SeverityBadge severity={oldest.severity} />
            <IntentLink href={`/incidents/${oldest.number}`} className="truncate hover:underline">
              {oldest.title}
            </IntentLink>
          </span>
        ) : (
          "No incident is open."
        )}
      </StatCard>
      <StatCard
        label="Open action items"
        value={s.openActionItems.total}
        alert={s.openActionItems.overdue > 0}
        href="/postmortems"
        linkLabel="Postmortems"
      >
        <span className={s.openActionItems.overdue ? "font-medium text-red-700 dark:text-red-400" : undefined}>
          {s.openActionItems.overdue} overdue
        </span>
      </StatCard>
      <StatCard
        label="Daily checklists today"
        value={`${signedOff} / ${due}`}
        href="/checklists"
        linkLabel="Checklists"
      >
        <span className="mb-2 block">
          signed off today, <span className="whitespace-nowrap">{periodKey}</span>
        </span>
        <ProgressBar done={signedOff} total={due} label="Daily checklists signed off today" />
        <MissedChecklists missed={missed} />
      </StatCard>
      <StatCard label="Services" value={s.services} href="/services" linkLabel="Service catalogue" />
    </div>
  );
}
