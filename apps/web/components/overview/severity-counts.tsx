import type { Severity } from "@opsdeck/db";
import { SeverityBadge } from "@/components/badges/severity-badge";

const ORDER: Severity[] = ["P0", "P1", "P2", "P3"];

/** Open incidents per severity, each next to its colour-coded badge. */
export function SeverityCounts({ counts }: { counts: Record<Severity, number> }) {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label="Open incidents by severity">
      {ORDER.map((s) => (
        <li key={s} className="flex items-center gap-1.5">
          <SeverityBadge severity={s} />
          <span className={`tabular-nums ${counts[s] ? "font-semibold text-slate-900 dark:text-white" : "text-slate-500 dark:text-slate-400"}`}>{counts[s]}</span>
        </li>
      ))}
    </ul>
  );
}
