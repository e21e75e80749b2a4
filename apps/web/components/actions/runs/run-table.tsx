import type { ActionRunDto } from "@opsdeck/core";
import { RunCard } from "./run-card";
import { RunRow } from "./run-row";

/** Runs with action, target, status and who asked: cards on a phone, a table from `sm` up. */
export function RunTable({ runs, empty, caption }: { runs: ActionRunDto[]; empty: string; caption: string }) {
  return (
    <>
      <ul className="card divide-y divide-slate-100 sm:hidden dark:divide-slate-800" aria-label={caption}>
        {runs.map((r) => (
          <RunCard key={r.id} run={r} />
        ))}
        {runs.length === 0 && <li className="p-6 text-center text-sm text-slate-500 dark:text-slate-400">{empty}</li>}
      </ul>
      <div className="card hidden overflow-x-auto sm:block">
        <table className="table-base">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th>#</th>
              <th>Action</th>
              <th>Target</th>
              <th>Status</th>
              <th>Requested</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((r) => (
              <RunRow key={r.id} run={r} />
            ))}
            {runs.length === 0 && (
              <tr>
                <td colSpan={5} className="py-6 text-center text-slate-500 dark:text-slate-400">
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
