"use client";

import type { SeverityPolicyDto } from "@opsdeck/core/severity/policy";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { PolicyCard } from "./policy-card";
import { POLICY_KEY } from "./policy-key";

type Props = { initial: SeverityPolicyDto[]; canEdit: boolean; renderedAt: number; liveFrom: number };

/** Every severity's policy, read again when an admin changes one (here or anywhere else). */
export function PolicyView({ initial, canEdit, renderedAt, liveFrom }: Props) {
  const q = useLiveQuery({
    queryKey: POLICY_KEY,
    queryFn: () => fetchJson<SeverityPolicyDto[]>("/api/v1/severity-policy"),
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    from: liveFrom,
    on: { "severity_policy.changed": () => REFETCH },
  });
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {(q.data ?? initial).map((p) => (
        <PolicyCard key={p.severity} policy={p} canEdit={canEdit} />
      ))}
    </div>
  );
}
