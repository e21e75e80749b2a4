import type { IncidentSummaryDto } from "@opsdeck/core";
import { IncidentCard } from "./incident-card";
import { IncidentRow } from "./incident-row";

type Props = {
  incidents: IncidentSummaryDto[];
  /** Show each incident's age at this instant (ms) instead of when it was detected. */
  asOf?: number;
  empty: string;
  caption?: string;
};

/** Incidents with severity, status, service and SLA: cards on a phone, a table from `sm` up. */
export function IncidentTable({ incidents, asOf, empty, caption }: Props) {
  return (
    <>
      <ul className="card divide-y divide-slate-100 sm:hidden dark:divide-slate-800" aria-label={caption}>
        {incidents.map((i) => (
          <IncidentCard key={i.id} incident={i} asOf={asOf} />
        ))}
        {incidents.length === 0 && (
          <li className="p-6 text-center text-sm text-slate-500 dark:text-slate-400">{empty}</li>
        )}
      </ul>
      <div className="card hidden overflow-x-auto sm:block">
        <table className="table-base">
          {caption && <caption className="sr-only">{caption}</caption>}
          <thead>
            <tr>
              <th>#</th>
              <th>Title</th>
              <th>Sev</th>
              <th>Status</th>
              <th>Service</th>
              <th>{asOf === undefined ? "Detected" : "Age"}</th>
              <th>SLA</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((i) => (
              <IncidentRow key={i.id} incident={i} asOf={asOf} />
            ))}
            {incidents.length === 0 && (
              <tr>
                <td colSpan={7} className="py-6 text-center text-slate-500 dark:text-slate-400">
                  {empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
