import type { OnCallReportDto, PersonLoad } from "@opsdeck/core/oncall-report/index";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { ReactNode } from "react";
import { ackTime } from "./format";
import { PersonRow } from "./person-row";
import { NumericHeads } from "./numeric-heads";

/** The figures of a person's row, by the `data-field` the journey reads them by. */
const COLUMNS: { label: string; field: string; cell: (p: PersonLoad) => ReactNode }[] = [
  { label: "Pages", field: "pages", cell: (p) => p.pages },
  {
    label: "At night",
    field: "night",
    cell: (p) => (p.nightPages ? <strong className="text-indigo-700 dark:text-indigo-300">{p.nightPages}</strong> : 0),
  },
  { label: "Acknowledged", field: "acknowledged", cell: (p) => p.ack.count },
  { label: "Median", field: "median", cell: (p) => ackTime(p.ack.p50Ms) },
  { label: "p90", field: "p90", cell: (p) => ackTime(p.ack.p90Ms) },
  { label: "Longest", field: "max", cell: (p) => ackTime(p.ack.maxMs) },
  {
    label: "Not acknowledged",
    field: "unacknowledged",
    cell: (p) => (
      <>
        {p.unacknowledgedPages}
        {p.acknowledgedByOthers > 0 && (
          <span className="text-slate-600 dark:text-slate-400"> ({p.acknowledgedByOthers} by others)</span>
        )}
      </>
    ),
  },
];

/** Per person: pages, night pages, times to acknowledge and pages left to others (or nobody). */
export function PeopleTable({ report }: { report: OnCallReportDto }) {
  return (
    <ScrollRegion label="Per person table" className="card relative">
      <table className="table-base" aria-describedby="people-note">
        <caption className="sr-only">Pages and times to acknowledge per person</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <NumericHeads labels={COLUMNS.map((c) => c.label)} />
          </tr>
        </thead>
        <tbody>
          {report.people.map((p) => (
            <PersonRow key={p.user.id} person={p}>
              {COLUMNS.map((c) => (
                <td key={c.field} className="text-right whitespace-nowrap tabular-nums" data-field={c.field}>
                  {c.cell(p)}
                </td>
              ))}
            </PersonRow>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
