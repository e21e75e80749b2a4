import type { ActionRunDto } from "@opsdeck/core";
import { ACTION_LABEL } from "@opsdeck/core/action/kinds";
import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import { Time } from "@/components/ui/time";
import { personName } from "../format";
import { Facts } from "./result-values";

/** Who asked for what, on which target, who approved it and when each step happened. */
export function RunFacts({ run: r }: { run: ActionRunDto }) {
  const items: [string, React.ReactNode][] = [
    ["Action", ACTION_LABEL[r.kind]],
    [
      "Target",
      <Link key="t" href={`/actions/targets/${r.target.id}`} className="font-medium hover:underline">
        {r.target.name}
      </Link>,
    ],
    [
      "Summary",
      <span key="s" className="break-words" data-testid="run-summary">
        {r.summary}
      </span>,
    ],
    [
      "Requested",
      <span key="rq">
        by {personName(r.requestedBy)}, <RelativeTime iso={r.createdAt} pastOnly /> (<Time iso={r.createdAt} />)
      </span>,
    ],
  ];
  if (r.approvedAt)
    items.push([
      "Approved",
      <span key="ap">
        by {personName(r.approvedBy)}, <Time iso={r.approvedAt} />
      </span>,
    ]);
  else if (r.status === "AWAITING_APPROVAL" && r.expiresAt)
    items.push([
      "Approval",
      <span key="ex">
        needed from a second person before <Time iso={r.expiresAt} />
      </span>,
    ]);
  if (r.startedAt) items.push(["Started", <Time key="st" iso={r.startedAt} as="seconds" />]);
  if (r.finishedAt) items.push(["Finished", <Time key="fi" iso={r.finishedAt} as="seconds" />]);
  if (r.cancelRequestedAt && r.status === "RUNNING")
    items.push([
      "Cancel",
      <span key="c">
        asked <RelativeTime iso={r.cancelRequestedAt} pastOnly />; stopping at the next safe point
      </span>,
    ]);
  items.push([
    "Incident",
    r.incident ? (
      <Link key="i" href={`/incidents/${r.incident.number}`} className="hover:underline">
        #{r.incident.number} {r.incident.title}
      </Link>
    ) : (
      "None linked"
    ),
  ]);
  return <Facts items={items} />;
}
