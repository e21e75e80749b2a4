import type { IncidentReportDto, SlaCounts } from "@opsdeck/core/report/index";
import { formatDuration } from "@/components/incidents/format";
import { StatCard } from "@/components/overview/stat-card";
import { percent } from "./format";

const dash = (v: string | null) => v ?? "—";
const ms = (v: number | null) => (v === null ? null : formatDuration(v));

/** The share of decided deadlines missed, red when any was. */
function SlaCard({ label, counts }: { label: string; counts: SlaCounts }) {
  return (
    <StatCard label={label} value={dash(percent(counts.breachRate))} alert={counts.breached > 0}>
      {counts.breached} of {counts.met + counts.breached}
      {counts.pending > 0 && `, ${counts.pending} pending`}
    </StatCard>
  );
}

/** The headline numbers of the period. */
export function SummaryCards({ report }: { report: IncidentReportDto }) {
  const { total, postmortems: pm } = report;
  return (
    <div className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      <StatCard label="Incidents" value={total.incidents}>
        {total.resolved} resolved{total.reopened > 0 && `, ${total.reopened} reopened`}
      </StatCard>
      <StatCard label="Median time to acknowledge" value={dash(ms(total.mtta.p50Ms))}>
        Mean {dash(ms(total.mtta.meanMs))}, of {total.mtta.count}
      </StatCard>
      <StatCard label="Median time to resolve" value={dash(ms(total.mttr.p50Ms))}>
        Mean {dash(ms(total.mttr.meanMs))}, of {total.mttr.count}
      </StatCard>
      <SlaCard label="Response SLA breached" counts={total.responseSla} />
      <SlaCard label="Resolve SLA breached" counts={total.resolveSla} />
      <StatCard label="Postmortems on time" value={dash(percent(pm.onTimeRate))}>
        {pm.on_time} on time, {pm.late} late, {pm.overdue} overdue{pm.due > 0 && `, ${pm.due} not yet due`}
      </StatCard>
    </div>
  );
}
