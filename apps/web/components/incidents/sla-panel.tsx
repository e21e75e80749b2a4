"use client";

import type { IncidentDetailDto } from "@opsdeck/core";
import { formatMinutes } from "@opsdeck/core/severity/policy";
import { useNow } from "@/components/overview/use-now";
import { Time } from "@/components/ui/time";
import { formatDuration } from "./format";

type Row = {
  name: string;
  minutes: number;
  dueAt: string;
  doneAt: string | null;
  breached: boolean;
  missedAt: string | null;
};

function Target({ row }: { row: Row }) {
  const state = row.breached ? "Breached" : row.doneAt ? "Met" : "Pending";
  const tone = row.breached
    ? "text-red-700 dark:text-red-400"
    : row.doneAt
      ? "text-emerald-700 dark:text-emerald-400"
      : "text-slate-700 dark:text-slate-300";
  return (
    <div className="min-w-0">
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        {row.name} <span className="font-normal normal-case">({formatMinutes(row.minutes)})</span>
      </dt>
      <dd className={`mt-0.5 font-semibold ${tone}`}>{state}</dd>
      <dd className="text-xs text-slate-500 dark:text-slate-400">
        {row.missedAt ? "Missed" : "Due"} <Time iso={row.missedAt ?? row.dueAt} />
      </dd>
      {row.doneAt && (
        <dd className="text-xs text-slate-500 dark:text-slate-400">
          Done <Time iso={row.doneAt} />
        </dd>
      )}
    </div>
  );
}

/**
 * The incident's response and resolve targets (those it was declared under) and whether they were
 * kept; a deadline passing on screen turns red at once, before the worker records it.
 */
export function SlaPanel({ incident: i, renderedAt }: { incident: IncidentDetailDto; renderedAt: number }) {
  const now = useNow(1000) ?? renderedAt;
  const late = (dueAt: string, doneAt: string | null) => !doneAt && now > Date.parse(dueAt);
  const rows: Row[] = [
    {
      name: "Response",
      minutes: i.sla.responseMinutes,
      dueAt: i.sla.responseDueAt,
      doneAt: i.respondedAt,
      breached: i.sla.responseBreached || late(i.sla.responseDueAt, i.respondedAt),
      missedAt: i.sla.responseBreachedAt,
    },
    {
      name: "Resolve",
      minutes: i.sla.resolveMinutes,
      dueAt: i.sla.resolveDueAt,
      doneAt: i.resolvedAt,
      breached: i.sla.resolveBreached || late(i.sla.resolveDueAt, i.resolvedAt),
      missedAt: i.sla.resolveBreachedAt,
    },
  ];
  const remaining = Date.parse(i.sla.resolveDueAt) - now;
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
        <p
          className={`mt-3 text-sm ${remaining < 0 ? "font-medium text-red-700 dark:text-red-400" : "text-slate-600 dark:text-slate-300"}`}
        >
          {remaining < 0
            ? `${formatDuration(-remaining)} past the resolve target`
            : `${formatDuration(remaining)} left to resolve`}
        </p>
      )}
    </section>
  );
}
