"use client";

import type { AlertRuleDto } from "@opsdeck/core";
import Link from "next/link";
import { readAlertRulesAction } from "@/app/(dashboard)/alerts/actions";
import { AlertStateBadge } from "@/components/badges/alert-state-badge";
import { SeverityBadge } from "@/components/badges/severity-badge";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { Freshness } from "@/components/overview/freshness";
import { unwrapRead } from "@/lib/read-result";
import { groupName, ruleTerms } from "./rule-terms";

type Props = { initial: AlertRuleDto[]; renderedAt: number; liveFrom: number };

/** Every rule with its state, read again whenever a rule changes or changes state. */
export function AlertRuleList({ initial, renderedAt, liveFrom }: Props) {
  const q = useLiveQuery({
    queryKey: ["alert-rules"],
    queryFn: async () => unwrapRead(await readAlertRulesAction()),
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    from: liveFrom,
    on: { "alert.changed": () => REFETCH },
  });
  const rules = q.data ?? initial;
  return (
    <div className="flex min-w-0 flex-col gap-3">
      <Freshness of={q} />
      {rules.length === 0 ? (
        <p className="card p-4 text-sm text-slate-600 dark:text-slate-400">No alert rules yet.</p>
      ) : (
        <ul className="grid gap-3" aria-label="Alert rules">
          {rules.map((r) => (
            <li key={r.id} className="card min-w-0 p-4">
              <div className="flex flex-wrap items-center gap-2">
                <AlertStateBadge state={r.state} />
                <SeverityBadge severity={r.severity} />
                <Link href={`/alerts/${r.id}`} className="min-w-0 font-semibold break-words hover:underline">
                  {r.name}
                </Link>
                {!r.enabled && <span className="text-xs text-slate-600 dark:text-slate-400">disabled</span>}
              </div>
              <p className="mt-1 font-mono text-xs break-all text-slate-600 dark:text-slate-400">{ruleTerms(r)}</p>
              {r.groups.some((g) => g.state !== "OK" || g.noData) && (
                <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
                  {r.groups
                    .filter((g) => g.state !== "OK" || g.noData)
                    .map((g) => (
                      <li key={g.group} className="text-slate-700 dark:text-slate-300">
                        {groupName(g.group)}: {g.state.toLowerCase()}
                        {g.noData && " (no data)"}
                        {g.silenced && " (maintenance)"}
                      </li>
                    ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
