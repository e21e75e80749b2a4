import { hourTone, uptimeGradient } from "./uptime-gradient";

const pct = (v: number) => `${(Math.floor(v * 1000) / 10).toFixed(1)}%`;

/** 24 hourly segments, oldest first, drawn as one element; the label carries the overall figure for screen readers. */
export function UptimeBar({ hours, what = "Uptime" }: { hours: readonly (number | null)[]; what?: string }) {
  const ran = hours.filter((h): h is number => h !== null);
  const avg = ran.length ? ran.reduce((a, b) => a + b, 0) / ran.length : null;
  const failing = ran.filter((h) => hourTone(h) !== "up").length;
  const mostlyDown = ran.filter((h) => hourTone(h) === "down").length;
  // The colours of the hours, told in words: how many had failures, and how many were mostly down.
  const hoursText =
    failing === 0 ? "no failures" : `failures in ${failing} of ${ran.length} hours, ${mostlyDown} mostly down`;
  const label =
    avg === null
      ? "No runs in the last 24 hours"
      : `${what} over the last 24 hours: ${pct(avg)} (hourly average); ${hoursText}`;
  return (
    <div className="flex items-center gap-2">
      <div
        role="img"
        aria-label={label}
        title={label}
        className="h-3 min-w-0 flex-1 rounded-[1px]"
        style={{ backgroundImage: uptimeGradient(hours) }}
      />
      <span className="w-12 shrink-0 text-right text-xs tabular-nums text-slate-600 dark:text-slate-300">
        {avg === null ? "—" : pct(avg)}
      </span>
    </div>
  );
}
