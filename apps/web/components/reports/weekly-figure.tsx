import type { WeekCount } from "@opsdeck/core/report/index";
import { IncidentsPerWeekChart } from "@/components/charts/incidents-per-week-chart";
import { shortDay } from "./format";
import { TableDetails } from "./table-details";

const SEVERITIES = ["P0", "P1", "P2", "P3"] as const;

function summary(weeks: readonly WeekCount[]): string {
  const total = weeks.reduce((n, w) => n + w.total, 0);
  const busiest = weeks.reduce<WeekCount | null>((b, w) => (w.total > (b?.total ?? 0) ? w : b), null);
  const span = `${weeks.length} ${weeks.length === 1 ? "week" : "weeks"}`;
  if (!busiest) return `No incidents in ${span}.`;
  return `${total} ${total === 1 ? "incident" : "incidents"} in ${span}; the most, ${busiest.total}, in the week of ${shortDay(busiest.startDay)} (${busiest.week}).`;
}

/** The weekly chart with its text: a one-line summary and, on request, the counts as a table. */
export function WeeklyFigure({ weeks, zone }: { weeks: readonly WeekCount[]; zone: string }) {
  const empty = weeks.every((w) => w.total === 0);
  return (
    <figure className="card min-w-0 p-4" aria-labelledby="weekly-title">
      <h2 id="weekly-title" className="font-semibold">
        Incidents per week
      </h2>
      {empty ? null : <IncidentsPerWeekChart weeks={weeks} />}
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-300">
        {summary(weeks)} ISO weeks from Monday, in {zone}.
      </figcaption>
      <TableDetails caption="Incidents per week by severity">
        <thead>
          <tr>
            <th scope="col">Week</th>
            {SEVERITIES.map((s) => (
              <th key={s} scope="col" className="text-right">
                {s}
              </th>
            ))}
            <th scope="col" className="text-right">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.week}>
              <th scope="row" className="font-normal!">
                {w.week} <span className="text-slate-500 dark:text-slate-400">from {shortDay(w.startDay)}</span>
                {w.partial && <span className="text-slate-500 dark:text-slate-400"> (part)</span>}
              </th>
              {SEVERITIES.map((s) => (
                <td key={s} className="text-right tabular-nums">
                  {w.bySeverity[s]}
                </td>
              ))}
              <td className="text-right font-medium tabular-nums">{w.total}</td>
            </tr>
          ))}
        </tbody>
      </TableDetails>
    </figure>
  );
}
