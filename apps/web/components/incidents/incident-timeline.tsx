import type { IncidentEventDto } from "@opsdeck/core";
import type { ReactNode } from "react";
import { Badge, type Tone } from "@/components/badges/badge";
import { Time } from "@/components/ui/time";
import { formatDuration, personName } from "./format";

const KIND_TONE: Record<string, Tone> = {
  opened: "red",
  detected: "red",
  acknowledged: "amber",
  investigating: "amber",
  identified: "orange",
  mitigated: "sky",
  monitoring: "sky",
  resolved: "emerald",
  reopened: "red",
  check_down: "red",
  check_up: "emerald",
  action: "sky",
  notification: "violet",
  sla_breach: "red",
  escalation: "orange",
  page: "violet",
};

/** A notification entry's colour follows how the send went. */
const NOTIFICATION_TONE: Record<string, Tone> = { SENT: "emerald", QUEUED: "amber", FAILED: "red" };
const toneOf = (e: IncidentEventDto): Tone => {
  if (e.kind === "notification") return NOTIFICATION_TONE[String(e.data?.status)] ?? "violet";
  if (e.kind === "page" && e.data?.ok === false) return "red";
  if (e.kind === "escalation" && e.data?.unanswered === true) return "red";
  return KIND_TONE[e.kind] ?? "slate";
};
const LABEL: Record<string, string> = {
  customer_facing: "customer-facing",
  check_down: "check down",
  check_up: "check up",
  sla_breach: "SLA missed",
  response_step: "response",
};

/** What a status update or a late note records beyond its message. */
function Extra({ e }: { e: IncidentEventDto }) {
  const d = e.data ?? {};
  const lines: [string, ReactNode][] = [];
  if (typeof d.impact === "string") lines.push(["Impact", d.impact]);
  if (typeof d.nextUpdateAt === "string") lines.push(["Next update", <Time iso={d.nextUpdateAt} />]);
  if (typeof d.writtenAt === "string") lines.push(["Written", <Time iso={d.writtenAt} />]);
  if (e.kind === "reopened" && typeof d.resolvedAt === "string")
    lines.push(["Had been resolved", <Time iso={d.resolvedAt} />]);
  if (e.kind === "action" && typeof d.runId === "string")
    lines.push([
      "Run",
      <a href={`/actions/${d.runId}`} className="underline">
        #{String(d.number ?? "")}
      </a>,
    ]);
  if (lines.length === 0) return null;
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-xs text-slate-600 dark:text-slate-400">
      {lines.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium">{k}</dt>
          <dd className="break-words">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The incident's events, oldest first, with the time since detection so the pace is visible. */
export function IncidentTimeline({ events, detectedAt }: { events: IncidentEventDto[]; detectedAt: string }) {
  if (events.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">No events recorded yet.</p>;
  const start = Date.parse(detectedAt);
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-4 dark:border-slate-800">
      {events.map((e) => {
        const offset = Date.parse(e.at) - start;
        return (
          <li key={e.id} className="relative min-w-0">
            <span
              className="absolute top-1.5 -left-[1.3rem] size-2.5 rounded-full border-2 border-white bg-slate-400 dark:border-slate-900 dark:bg-slate-500"
              aria-hidden
            />
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500 dark:text-slate-400">
              <Time iso={e.at} className="font-medium text-slate-700 dark:text-slate-300" />
              {offset >= 0 && <span>T+{formatDuration(offset)}</span>}
              <Badge tone={toneOf(e)}>{LABEL[e.kind] ?? e.kind}</Badge>
              <span>{personName(e.author) ?? "system"}</span>
            </div>
            <p className="mt-1 text-sm whitespace-pre-wrap break-words text-slate-800 dark:text-slate-200">
              {e.message}
            </p>
            <Extra e={e} />
          </li>
        );
      })}
    </ol>
  );
}
