import type { Uptime } from "@opsdeck/core/check/index";
import { uptimePct } from "./format";

const WINDOWS = [
  ["h24", "24 h"],
  ["d7", "7 d"],
  ["d30", "30 d"],
  ["d90", "90 d"],
] as const;

/** Uptime over the four standard windows; "—" where the check never ran. */
export function UptimeSummary({ uptime }: { uptime: Uptime }) {
  return (
    <dl className="grid grid-cols-4 gap-2 text-center">
      {WINDOWS.map(([k, label]) => (
        <div key={k} className="rounded-md bg-slate-50 px-1 py-1.5 dark:bg-slate-800/60">
          <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
          <dd
            className={`text-sm font-semibold tabular-nums ${uptime[k] !== null && uptime[k] < 0.99 ? "text-red-700 dark:text-red-400" : ""}`}
          >
            {uptimePct(uptime[k])}
          </dd>
        </div>
      ))}
    </dl>
  );
}
