import type { IncidentSummaryDto } from "@opsdeck/core";
import { RelativeTime } from "@/components/ui/relative-time";
import { UpdateDueLine } from "./update-due-line";

type Props = { incident: Pick<IncidentSummaryDto, "sla" | "respondedAt" | "resolvedAt" | "nextUpdate"> };

function Line({ name, dueAt, breached, met }: { name: string; dueAt: string; breached: boolean; met: boolean }) {
  if (breached) {
    return (
      <span className="block font-medium text-red-700 dark:text-red-400">
        {name} breached{" "}
        <span className="font-normal">
          (due <RelativeTime iso={dueAt} />)
        </span>
      </span>
    );
  }
  if (met) return <span className="block text-emerald-700 dark:text-emerald-400">{name} met</span>;
  return (
    <span className="block text-slate-600 dark:text-slate-300">
      {name} due <RelativeTime iso={dueAt} />
    </span>
  );
}

/** Response and resolve deadlines (red once missed, green once met in time) and the next status update due. */
export function SlaCell({ incident }: Props) {
  const { sla, respondedAt, resolvedAt, nextUpdate } = incident;
  return (
    <span className="block whitespace-nowrap text-xs leading-5">
      <Line name="Response" dueAt={sla.responseDueAt} breached={sla.responseBreached} met={Boolean(respondedAt)} />
      <Line name="Resolve" dueAt={sla.resolveDueAt} breached={sla.resolveBreached} met={Boolean(resolvedAt)} />
      {nextUpdate && <UpdateDueLine next={nextUpdate} />}
    </span>
  );
}
