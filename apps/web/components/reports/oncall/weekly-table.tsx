import type { OnCallReportDto } from "@opsdeck/core/oncall-report/index";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { shortDay } from "@/components/reports/format";
import { NIGHT_CELL } from "./format";
import { PersonRow } from "./person-row";

/** Pages per person per ISO week; a week with night pages is tinted and says how many. */
export function WeeklyPagesTable({ report }: { report: OnCallReportDto }) {
  return (
    <ScrollRegion label="Pages per week table" className="card relative">
      <table className="table-base">
        <caption className="sr-only">Pages per person per week, night pages in brackets</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            {report.weeks.map((w) => (
              <th key={w.week} scope="col" className="text-right whitespace-nowrap">
                <abbr title={`${w.week}${w.partial ? ", not over yet" : ""}`} className="no-underline">
                  {shortDay(w.startDay)}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.people.map((p) => (
            <PersonRow key={p.user.id} person={p}>
              {p.weeks.map((w) => (
                <td
                  key={w.week}
                  data-week={w.week}
                  className={`text-right whitespace-nowrap tabular-nums ${w.nightPages ? NIGHT_CELL : ""}`}
                >
                  {w.pages}
                  {w.nightPages > 0 && (
                    <span className="text-indigo-700 dark:text-indigo-300"> ({w.nightPages} at night)</span>
                  )}
                </td>
              ))}
            </PersonRow>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
