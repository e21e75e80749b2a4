"use client";

import type { TimelineDto } from "@opsdeck/core/schedule/timeline";
import { Badge } from "@/components/badges/badge";
import { Time } from "@/components/ui/time";
import { personName } from "./person-name";

/** The timeline's shifts written out, layer by layer: what a screen reader or a narrow screen reads. */
export function ShiftList({ timeline }: { timeline: TimelineDto }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {timeline.layers.map((layer) => (
        <section key={layer.name} aria-labelledby={`shifts-${layer.name}`} className="min-w-0">
          <h3 id={`shifts-${layer.name}`} className="mb-2 text-sm font-semibold capitalize">
            {layer.name}
          </h3>
          {layer.shifts.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              No shifts in these weeks: the rotation starts later.
            </p>
          ) : (
            <ol
              aria-label={`${layer.name} shift list`}
              className="divide-y divide-slate-100 text-sm dark:divide-slate-800"
            >
              {layer.shifts.map((s) => (
                <li key={`${s.startsAt}-${s.user.email}`} className="py-1.5">
                  <span className="font-medium">{personName(s.user)}</span>{" "}
                  {s.override && <Badge tone="violet">override</Badge>}
                  <span className="block text-slate-600 dark:text-slate-400">
                    <Time iso={s.startsAt} /> – <Time iso={s.endsAt} />
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
