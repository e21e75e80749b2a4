import type { ServiceHealthDto } from "@opsdeck/core/check/index";
import Link from "next/link";
import { LatencyChart } from "@/components/charts/latency-chart";
import { Ago } from "./ago";
import { CheckActions } from "./check-actions";
import { CheckStateBadge, checkBorder } from "./state-badge";
import { UptimeSummary } from "./uptime-summary";

type Check = ServiceHealthDto["checks"][number];

/** One check on its service's page: state, uptime windows, latency percentiles and, for responders, controls. */
export function CheckHealthCard({
  check: c,
  bucketSeconds,
  slug,
  canAct,
}: {
  check: Check;
  bucketSeconds: number;
  slug: string;
  canAct: boolean;
}) {
  return (
    <li className={`card flex min-w-0 flex-col gap-3 border-l-4 p-3 sm:p-4 ${checkBorder(c.state, c.stale)}`}>
      <div className="flex min-w-0 flex-wrap items-center gap-2">
        <h3 className="min-w-0 break-words font-semibold">{c.name}</h3>
        <CheckStateBadge state={c.state} stale={c.stale} />
        <span className="text-xs text-slate-500 dark:text-slate-400">
          {c.kind} · every {c.intervalSeconds} s · checked <Ago iso={c.lastCheckedAt} />
        </span>
        {c.kind === "POSTGRES" && (
          <Link
            href={`/databases/check-${c.id}`}
            className="text-xs text-emerald-700 hover:underline dark:text-emerald-400"
          >
            Postgres insights →
          </Link>
        )}
      </div>
      {c.lastMessage && c.state !== "UP" && (
        <p className="min-w-0 break-words text-sm text-slate-700 dark:text-slate-300">{c.lastMessage}</p>
      )}
      <UptimeSummary uptime={c.uptime} />
      <LatencyChart
        points={c.latency}
        bucketSeconds={bucketSeconds}
        label={`Latency percentiles of ${c.name}`}
        markers={{ service: slug }}
      />
      {canAct && <CheckActions check={c} slug={slug} />}
    </li>
  );
}
