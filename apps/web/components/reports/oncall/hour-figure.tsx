import type { OnCallReportDto } from "@opsdeck/core/oncall-report/index";
import { PagesByHourChart } from "@/components/charts/pages-by-hour-chart";
import { TableDetails } from "@/components/reports/table-details";
import { ackTime, hourLabel, NIGHT_CELL } from "./format";
import { NumericHeads } from "./numeric-heads";

function summary({ byHour, total, night }: OnCallReportDto): string {
  if (total.pages === 0) return "No pages in the period.";
  const busiest = byHour.reduce((b, h) => (h.pages > b.pages ? h : b));
  return `${total.pages} ${total.pages === 1 ? "page" : "pages"}, ${total.nightPages} at night (${hourLabel(night.startHour)}–${hourLabel(night.endHour)}); the most, ${busiest.pages}, from ${hourLabel(busiest.hour)}.`;
}

/** Pages and median time to acknowledge by hour of the day: bars, a sentence, and every figure in a table. */
export function HourFigure({ report }: { report: OnCallReportDto }) {
  return (
    <figure className="card min-w-0 p-4" aria-labelledby="hour-title">
      <h2 id="hour-title" className="font-semibold">
        Pages by hour of the day
      </h2>
      {report.total.pages > 0 && <PagesByHourChart hours={report.byHour} />}
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-300">
        {summary(report)} Hours in {report.period.zone}; a time to acknowledge counts under the hour of the first page.
      </figcaption>
      <TableDetails caption="Pages and median time to acknowledge by hour of the day">
        <thead>
          <tr>
            <th scope="col">Hour</th>
            <NumericHeads labels={["Pages", "Acknowledged", "Median to acknowledge"]} />
          </tr>
        </thead>
        <tbody>
          {report.byHour.map((h) => (
            <tr key={h.hour} data-hour={h.hour} className={h.night ? NIGHT_CELL : undefined}>
              <th scope="row" className="font-normal! whitespace-nowrap">
                {hourLabel(h.hour)}
                {h.night && <span className="text-indigo-700 dark:text-indigo-300"> (night)</span>}
              </th>
              <td className="text-right tabular-nums" data-field="pages">
                {h.pages}
              </td>
              <td className="text-right tabular-nums">{h.ack.count}</td>
              <td className="text-right tabular-nums" data-field="median">
                {ackTime(h.ack.p50Ms)}
              </td>
            </tr>
          ))}
        </tbody>
      </TableDetails>
    </figure>
  );
}
