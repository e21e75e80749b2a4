import type { AppMetricsEndpointDto } from "@opsdeck/core/app-metrics/dto";
import type { ReactNode } from "react";
import { ProblemNote } from "@/components/databases/panel";
import { type AppPanel, problemsOf } from "./problems";

type Props = {
  id: AppPanel;
  title: string;
  endpoint: AppMetricsEndpointDto | null;
  aside?: ReactNode;
  children: ReactNode;
};

/** One app-metrics chart with the last scrape's problems that concern it above; a fault here leaves other panels alone. */
export function AppMetricsPanel({ id, title, endpoint, aside, children }: Props) {
  const headingId = `app-${id}`;
  return (
    <section className="card min-w-0 p-4" aria-labelledby={headingId} data-testid={headingId}>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="font-semibold">
          {title}
        </h2>
        {aside && <div className="text-xs text-slate-600 dark:text-slate-400">{aside}</div>}
      </div>
      <div className="flex flex-col gap-3">
        {problemsOf(endpoint, id).map((p) => (
          <ProblemNote key={p.code} problem={p} />
        ))}
        {children}
      </div>
    </section>
  );
}
