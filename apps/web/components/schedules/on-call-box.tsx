"use client";

import type { OnCallDto } from "@opsdeck/core/schedule/on-call";
import Link from "next/link";
import { OnCallLayers } from "./on-call-layers";
import { useOnCall } from "./use-on-call";

/** An incident's side panel: each schedule's layers and who holds them now. */
export function OnCallBox({ initial, renderedAt }: { initial: OnCallDto[]; renderedAt: number }) {
  const all = useOnCall(initial, renderedAt);
  return (
    <section className="card min-w-0 p-4" aria-labelledby="on-call-box">
      <h2 id="on-call-box" className="mb-3 font-semibold">
        On call now
      </h2>
      {all.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No on-call schedule yet.</p>
      ) : (
        <div className="space-y-3">
          {all.map((s) => (
            <div key={s.id}>
              {all.length > 1 && (
                <p className="mb-1 text-sm font-medium">
                  <Link href={`/schedules/${s.id}`} className="underline">
                    {s.name}
                  </Link>
                </p>
              )}
              <OnCallLayers onCall={s} compact />
            </div>
          ))}
          {all.length === 1 && all[0] && (
            <Link href={`/schedules/${all[0].id}`} className="block text-sm underline">
              {all[0].name}: the coming weeks
            </Link>
          )}
        </div>
      )}
    </section>
  );
}
