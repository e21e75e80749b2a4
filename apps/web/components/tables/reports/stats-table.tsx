import { ScrollRegion } from "@/components/ui/scroll-region";
import type { DurationStats, GroupStats, SlaCounts } from "@opsdeck/core/report/index";
import type { ReactNode } from "react";
import { formatDuration } from "@/components/incidents/format";
import { percent } from "@/components/reports/format";
import { Missing } from "@/components/reports/missing";

export type StatsRow = { key: string; label: ReactNode; stats: GroupStats };

const SUBHEADS = [
  ["ack-p50", "Median"],
  ["ack-mean", "Mean"],
  ["ack-p90", "p90"],
  ["resolve-p50", "Median"],
  ["resolve-mean", "Mean"],
  ["resolve-p90", "p90"],
  ["sla-response", "Response"],
  ["sla-resolve", "Resolve"],
] as const;

const num = "px-2! text-right tabular-nums whitespace-nowrap";
const group = "text-center border-l border-slate-200 dark:border-slate-800";

function Duration({ ms }: { ms: number | null }) {
  return <td className={num}>{ms === null ? <Missing /> : formatDuration(ms)}</td>;
}

function Times({ stats }: { stats: DurationStats }) {
  return (
    <>
      <Duration ms={stats.p50Ms} />
      <Duration ms={stats.meanMs} />
      <Duration ms={stats.p90Ms} />
    </>
  );
}

function Breaches({ counts }: { counts: SlaCounts }) {
  const rate = percent(counts.breachRate);
  return (
    <td className={num}>
      {rate ?? <Missing />}
      <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">
        {rate && ` ${counts.breached} of ${counts.breached + counts.met}`}
        {counts.pending > 0 && ` ${counts.pending} pending`}
      </span>
    </td>
  );
}

function Cells({ stats }: { stats: GroupStats }) {
  return (
    <>
      <td className={num}>{stats.incidents}</td>
      <td className={num}>{stats.resolved}</td>
      <Times stats={stats.mtta} />
      <Times stats={stats.mttr} />
      <Breaches counts={stats.responseSla} />
      <Breaches counts={stats.resolveSla} />
    </>
  );
}

/**
 * Counts, time to acknowledge and to resolve (median, mean, p90) and SLA breaches per row, with an
 * optional total row. Scrolls inside its card on a narrow screen, the first column staying readable.
 */
export function StatsTable({
  id,
  caption,
  first,
  rows,
  total,
  empty,
}: {
  id: string;
  caption: string;
  first: string;
  rows: StatsRow[];
  total?: GroupStats;
  empty?: string;
}) {
  return (
    <ScrollRegion label={caption} className="card relative">
      <table id={id} className="table-base min-w-[50rem]">
        <caption className="sr-only">{caption}</caption>
        <colgroup span={3} />
        <colgroup span={3} />
        <colgroup span={3} />
        <colgroup span={2} />
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {first}
            </th>
            <th scope="col" rowSpan={2} className="text-right">
              Incidents
            </th>
            <th scope="col" rowSpan={2} className="text-right">
              Resolved
            </th>
            <th scope="colgroup" colSpan={3} className={group}>
              Time to acknowledge
            </th>
            <th scope="colgroup" colSpan={3} className={group}>
              Time to resolve
            </th>
            <th scope="colgroup" colSpan={2} className={group}>
              SLA breached
            </th>
          </tr>
          <tr>
            {SUBHEADS.map(([key, h]) => (
              <th key={key} scope="col" className="text-right">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={11} className="text-slate-500 dark:text-slate-400">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <Cells stats={r.stats} />
              </tr>
            ))
          )}
        </tbody>
        {total && (
          <tfoot>
            <tr className="font-semibold">
              <th scope="row" className="font-semibold!">
                All incidents
              </th>
              <Cells stats={total} />
            </tr>
          </tfoot>
        )}
      </table>
    </ScrollRegion>
  );
}
