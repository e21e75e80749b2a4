import type { SeverityRow } from "@opsdeck/core/report/index";
import { SeverityTimesChart } from "@/components/charts/severity-times-chart";
import { formatDuration } from "@/components/incidents/format";

const TITLES = { mtta: "Time to acknowledge", mttr: "Time to resolve" } as const;

/** "Median: P0 30 min, P1 10 min, P2 none, P3 1 h." */
const medians = (rows: readonly SeverityRow[], metric: "mtta" | "mttr") =>
  `Median: ${rows.map((r) => `${r.severity} ${r[metric].p50Ms === null ? "none" : formatDuration(r[metric].p50Ms)}`).join(", ")}.`;

/** MTTA or MTTR by severity as bars, its medians in words, and the table below with every figure. */
export function TimesFigure({ rows, metric }: { rows: readonly SeverityRow[]; metric: "mtta" | "mttr" }) {
  const id = `${metric}-title`;
  const any = rows.some((r) => r[metric].count > 0);
  return (
    <figure className="card min-w-0 p-4" aria-labelledby={id}>
      <h2 id={id} className="font-semibold">
        {TITLES[metric]} by severity
      </h2>
      {any && <SeverityTimesChart rows={rows} metric={metric} />}
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-300">
        {any
          ? medians(rows, metric)
          : metric === "mtta"
            ? "No incident was responded to."
            : "No incident was resolved."}{" "}
        <a href="#by-severity" className="text-emerald-700 underline underline-offset-2 dark:text-emerald-400">
          All figures by severity
        </a>
      </figcaption>
    </figure>
  );
}
