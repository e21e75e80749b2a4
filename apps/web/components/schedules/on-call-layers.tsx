"use client";

import type { OnCallDto } from "@opsdeck/core/schedule/on-call";
import { Badge } from "@/components/badges/badge";
import { Time } from "@/components/ui/time";
import { personName } from "./person-name";

/** Each layer's person on call now: name, email, and until when (an override says so). */
export function OnCallLayers({ onCall, compact = false }: { onCall: OnCallDto; compact?: boolean }) {
  return (
    <dl className={`grid gap-3 ${compact ? "" : "sm:grid-cols-2"}`}>
      {onCall.layers.map((l) => (
        <div key={l.name} className="min-w-0">
          <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{l.name}</dt>
          <dd className="min-w-0">
            <span className="font-medium">{personName(l.user)}</span>{" "}
            {l.override && <Badge tone="violet">override</Badge>}
            {l.user && !compact && (
              <a href={`mailto:${l.user.email}`} className="block break-all text-sm underline">
                {l.user.email}
              </a>
            )}
            {l.until && (
              <span className="block text-xs text-slate-600 dark:text-slate-400">
                until <Time iso={l.until} />
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
