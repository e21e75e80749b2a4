import type { IncidentDetailDto } from "@opsdeck/core";
import { slaFor } from "@opsdeck/core/severity/policy";
import { Time } from "@/components/ui/time";
import { formatDuration } from "./format";

type Row = { name: string; target: string; dueAt: string; doneAt: string | null; breached: boolean };

function Target({ row }: { row: Row }) {
  const state = row.breached ? "Breached" : row.doneAt ? "Met" : "Pending";
  const tone = row.breached ? "text-red-700 dark:text-red-400" : row.doneAt ? "text-emerald-700 dark:text-emerald-400" : "text-slate-700 dark:text-slate-300";
  return (
    <div className="min-w-0">
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        {row.name} <span className="font-normal normal-case">({row.target})</span>
      </dt>
      <dd className={`mt-0.5 font-semibold ${tone}`}>{state}</dd>
      <dd className="text-xs text-slate-500 dark:text-slate-400">Due <Time iso={row.dueAt} /></dd>
      {row.doneAt && <dd className="text-xs text-slate-500 dark:text-slate-400">Done <Time iso={row.doneAt} /></dd>}
    </div>
  );
}

/** The incident's response and resolve targets from the severity policy, and whether they were kept. */
export function SlaPanel({ incident: i }: { incident: IncidentDetailDto }) {
  const policy = slaFor(i.severity);
  const rows: Row[] = [
    { name: "Response", target: policy.responseLabel, dueAt: i.sla.responseDueAt, doneAt: i.acknowledgedAt ?? i.resolvedAt, breached: i.sla.responseBreached },
    { name: "Resolve", target: policy.resolveLabel, dueAt: i.sla.resolveDueAt, doneAt: i.resolvedAt, breached: i.sla.resolveBreached },
  ];
  const remaining = i.sla.remainingMs;
  return (
    <section className="card min-w-0 p-4" aria-labelledby="sla">
      <h2 id="sla" className="mb-3 font-semibold">
        SLA
      </h2>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
        {rows.map((r) => (
          <Target key={r.name} row={r} />
        ))}
      </dl>
      {!i.resolvedAt && (
        <p className={`mt-3 text-sm ${remaining < 0 ? "font-medium text-red-700 dark:text-red-400" : "text-slate-600 dark:text-slate-300"}`}>
          {remaining < 0 ? `${formatDuration(-remaining)} past the resolve target` : `${formatDuration(remaining)} left to resolve`} (as of page load)
        </p>
      )}
    </section>
  );
}
