import type { SlaTargetsMs } from "@opsdeck/core/report/index";
import { formatDuration } from "@/components/incidents/format";

const SEVERITIES = ["P0", "P1", "P2", "P3"] as const;

/** How each figure is counted, and the targets applied, so the numbers can be checked by hand. */
export function CountingNotes({ targets }: { targets: SlaTargetsMs }) {
  return (
    <section aria-labelledby="notes-heading" className="mt-8 text-sm text-slate-600 dark:text-slate-300">
      <h2 id="notes-heading" className="mb-2 font-semibold text-slate-900 dark:text-slate-100">
        How these are counted
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          Time to acknowledge runs from detection to the acknowledgement, or to the first resolution if nobody
          acknowledged before it.
        </li>
        <li>
          Time to resolve is the time an incident spent open: a reopened incident adds the time from each reopening to
          the next resolution, not the days it stayed resolved. Open incidents are left out of it.
        </li>
        <li>
          An SLA is breached once its time passes the target, the resolve target measured against the time open;
          incidents still inside their target are pending and left out of the rate.
        </li>
        <li>Postmortems count when they have a due time: on time if published by it.</li>
      </ul>
      <p className="mt-2">
        Targets (response / resolve):{" "}
        {SEVERITIES.map(
          (s) => `${s} ${formatDuration(targets[s].responseMs)} / ${formatDuration(targets[s].resolveMs)}`,
        ).join("; ")}
        .
      </p>
    </section>
  );
}
