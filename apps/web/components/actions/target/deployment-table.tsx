"use client";

import type { Deployment } from "@opsdeck/integrations";
import { Badge } from "@/components/badges/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { shortSha } from "../format";

type Props = { deployments: Deployment[]; canAct: boolean; onRollback: (to: Deployment) => void };

/** Recent deployments, newest first, with which one is live; each row a card on a phone. */
export function DeploymentTable({ deployments, canAct, onRollback }: Props) {
  if (deployments.length === 0)
    return <p className="text-sm text-slate-500 dark:text-slate-400">The provider reports no deployments.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="table-base table-cards">
        <caption className="sr-only">Recent deployments</caption>
        <thead>
          <tr>
            <th>Commit</th>
            <th>Message</th>
            <th>Author</th>
            <th>Deployed</th>
            <th>State</th>
            {canAct && <th className="sr-only">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {deployments.map((d) => (
            <tr key={d.id} data-testid="deployment-row" data-live={d.live || undefined}>
              <td className="whitespace-nowrap font-mono text-xs">
                <span title={d.id}>{shortSha(d.commit) ?? d.id}</span>
              </td>
              <td className="min-w-32 break-words">
                {d.message ?? <span className="text-slate-500 dark:text-slate-400">{d.id}</span>}
              </td>
              <td className="whitespace-nowrap" data-label="By">
                {d.author ?? "—"}
              </td>
              <td className="whitespace-nowrap text-slate-600 dark:text-slate-300" data-label="Deployed">
                <RelativeTime iso={d.createdAt} pastOnly />
              </td>
              <td className="whitespace-nowrap">
                <span className="inline-flex flex-wrap items-center gap-1.5">
                  {d.live && <Badge tone="emerald">Live</Badge>}
                  <span className="text-xs text-slate-600 dark:text-slate-400">{d.state}</span>
                </span>
              </td>
              {canAct && (
                <td className="whitespace-nowrap text-right">
                  {!d.live && (
                    <button type="button" className="btn-secondary px-2.5 py-1" onClick={() => onRollback(d)}>
                      Roll back to this one
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
