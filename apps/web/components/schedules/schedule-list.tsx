"use client";

import type { OnCallDto } from "@opsdeck/core/schedule/on-call";
import Link from "next/link";
import { OnCallLayers } from "./on-call-layers";
import { useOnCall } from "./use-on-call";

/** Every schedule with each layer's person on call now. */
export function ScheduleList({ initial, renderedAt }: { initial: OnCallDto[]; renderedAt: number }) {
  const all = useOnCall(initial, renderedAt);
  if (all.length === 0)
    return (
      <p className="card p-4 text-sm">
        No schedules yet. An admin adds one over the API: <code>POST /api/v1/schedules</code>.
      </p>
    );
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {all.map((s) => (
        <li key={s.id} className="card min-w-0 p-4">
          <h2 className="mb-1 font-semibold">
            <Link href={`/schedules/${s.id}`} className="underline-offset-2 hover:underline">
              {s.name}
            </Link>
          </h2>
          <p className="mb-3 text-xs text-slate-600 dark:text-slate-400">{s.timeZone}</p>
          <OnCallLayers onCall={s} />
        </li>
      ))}
    </ul>
  );
}
