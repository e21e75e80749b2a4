import type { CheckEventDto, CheckFailureDto } from "@opsdeck/core/check/index";
import { RelativeTime } from "@/components/ui/relative-time";
import { StateBadge } from "./state-badge";

type Names = Map<string, string>;

/** Enough to see the pattern at a glance; the full history is in the API. */
const SHOWN = 10;

/** Recent state changes across the service's checks, newest first. */
export function CheckEvents({ events, names }: { events: readonly CheckEventDto[]; names: Names }) {
  if (events.length === 0)
    return <p className="p-3 text-sm text-slate-500 dark:text-slate-400">No state changes yet.</p>;
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800">
      {events.slice(0, SHOWN).map((e) => (
        <li
          key={`${e.checkId}-${e.at}-${e.to}`}
          className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 px-3 py-2 text-sm"
        >
          <span className="font-medium">{names.get(e.checkId) ?? "Deleted check"}</span>
          <StateBadge state={e.from} />
          <span aria-hidden>→</span>
          <span className="sr-only">to</span>
          <StateBadge state={e.to} />
          {e.duringMaintenance && (
            <span className="rounded bg-sky-100 px-1 text-xs text-sky-800 dark:bg-sky-500/15 dark:text-sky-300">
              during maintenance
            </span>
          )}
          <span className="text-xs text-slate-500 dark:text-slate-400">
            <RelativeTime iso={e.at} />
          </span>
          {e.message && (
            <span className="w-full min-w-0 break-words text-xs text-slate-600 dark:text-slate-300">{e.message}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The latest failed runs with what the probe said, newest first. */
export function CheckFailures({ failures, names }: { failures: readonly CheckFailureDto[]; names: Names }) {
  if (failures.length === 0)
    return <p className="p-3 text-sm text-slate-500 dark:text-slate-400">No failures in the last 7 days.</p>;
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800">
      {failures.slice(0, SHOWN).map((f) => (
        <li
          key={`${f.checkId}-${f.at}`}
          className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 px-3 py-2 text-sm"
        >
          <span className="font-medium">{names.get(f.checkId) ?? "Deleted check"}</span>
          <StateBadge state={f.status} />
          <span className="text-xs tabular-nums text-slate-500 dark:text-slate-400">{f.latencyMs} ms</span>
          <span className="text-xs text-slate-500 dark:text-slate-400">
            <RelativeTime iso={f.at} />
          </span>
          <span className="w-full min-w-0 break-words text-xs text-slate-600 dark:text-slate-300">
            {f.message ?? "No message"}
          </span>
        </li>
      ))}
    </ul>
  );
}
