import type { AlertEventDto } from "@opsdeck/core";
import Link from "next/link";
import { AlertStateBadge } from "@/components/badges/alert-state-badge";
import { Time } from "@/components/ui/time";
import { groupName } from "./rule-terms";

/** The rule's state changes, newest first. */
export function AlertRuleHistory({ events }: { events: AlertEventDto[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No state change yet.</p>;
  return (
    <ol className="divide-y divide-slate-200 text-sm dark:divide-slate-800" aria-label="State history">
      {events.map((e) => (
        <li key={e.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
          <Time iso={e.at} className="text-slate-600 tabular-nums dark:text-slate-400" />
          <span className="font-medium">{groupName(e.group)}</span>
          <span className="flex items-center gap-1">
            <AlertStateBadge state={e.from} />
            <span aria-hidden="true">→</span>
            <span className="sr-only">to</span>
            <AlertStateBadge state={e.to} />
          </span>
          {e.value !== null && <span className="tabular-nums">value {+e.value.toFixed(3)}</span>}
          {e.incidentNumber !== null && (
            <Link href={`/incidents/${e.incidentNumber}`} className="text-sky-700 hover:underline dark:text-sky-400">
              incident #{e.incidentNumber}
            </Link>
          )}
          {e.notifications.length > 0 && (
            <ul className="w-full text-slate-600 dark:text-slate-400" aria-label="Notifications">
              {e.notifications.map((n) => (
                <li key={n.channel}>
                  {n.channel}: {n.status.toLowerCase()}
                  {n.lastError ? ` (${n.lastError})` : ""}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
