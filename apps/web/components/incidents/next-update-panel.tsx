"use client";

import type { NextUpdateDto } from "@opsdeck/core/incident/update-due";
import { updateDueState } from "@opsdeck/core/incident/update-due";
import { formatMinutes } from "@opsdeck/core/severity/policy";
import { useNow } from "@/components/overview/use-now";
import { Time } from "@/components/ui/time";
import { formatCountdown } from "./format";

const TONE = {
  ok: "border-slate-200 dark:border-slate-800",
  soon: "border-amber-400 bg-amber-50 dark:border-amber-500/50 dark:bg-amber-500/10",
  overdue: "border-red-400 bg-red-50 dark:border-red-500/50 dark:bg-red-500/10",
};
const TEXT = {
  ok: "text-slate-900 dark:text-slate-100",
  soon: "text-amber-800 dark:text-amber-300",
  overdue: "text-red-700 dark:text-red-400",
};

type Props = {
  next: NextUpdateDto;
  severity: string /** The page's render time, until the clock runs. */;
  renderedAt: number;
};

/** The status update stakeholders expect next, counting down: amber when close, red once overdue. */
export function NextUpdatePanel({ next, severity, renderedAt }: Props) {
  const now = useNow(1000) ?? renderedAt;
  const { remainingMs, tone } = updateDueState(next, now);
  return (
    <section className={`card min-w-0 border p-4 ${TONE[tone]}`} aria-labelledby="next-update">
      <h2 id="next-update" className="mb-1 font-semibold">
        Next update
      </h2>
      <p className={`text-lg font-semibold ${TEXT[tone]}`} data-tone={tone}>
        {tone === "overdue" ? `Overdue by ${formatCountdown(-remainingMs)}` : `Due in ${formatCountdown(remainingMs)}`}
      </p>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Every {formatMinutes(next.cadenceMinutes)} for {severity}, counted from <Time iso={next.since} />; each status
        update starts it again. Due <Time iso={next.dueAt} />.
      </p>
    </section>
  );
}
