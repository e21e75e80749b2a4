import type { OverviewSummaryDto } from "@opsdeck/core";
import { XCircle } from "lucide-react";
import { RelativeTime } from "@/components/ui/relative-time";
import { IntentLink } from "@/components/ui/intent-link";

type Missed = OverviewSummaryDto["checklistsToday"]["missed"];

/** Runs whose grace ran out unsigned while their period is still on: red, each a link to its checklist. */
export function MissedChecklists({ missed }: { missed: Missed }) {
  if (missed.length === 0) return null;
  return (
    <div className="mt-3">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-red-700 dark:text-red-400">Missed</h3>
      <ul className="mt-1 flex flex-col gap-1">
        {missed.map((m) => (
          <li key={`${m.slug}/${m.periodKey}`}>
            <IntentLink
              href={`/checklists/${encodeURIComponent(m.slug)}`}
              className="flex min-w-0 items-start gap-1.5 font-medium text-red-700 hover:underline dark:text-red-400"
            >
              <XCircle className="mt-0.5 size-4 shrink-0" aria-hidden />
              <span className="min-w-0 break-words">
                {m.name} <span className="font-mono text-xs">{m.periodKey}</span>, missed{" "}
                <RelativeTime iso={m.missedAt} pastOnly />
              </span>
            </IntentLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
