"use client";

import type { ChecklistRunItemDto } from "@opsdeck/core";
import { EVIDENCE_LABEL, type Evidence, type EvidenceStatus } from "@opsdeck/core/checklist/evidence/rules";
import { formatStamp, formatTime } from "@opsdeck/core/time/format";
import { CheckCircle2, CircleHelp, XCircle } from "lucide-react";
import { Badge, type Tone } from "@/components/badges/badge";
import { useTimeZone } from "@/components/shell/time-zone";
import { latestEvidence } from "@/lib/checklists/sign-off";

const STATUS: Record<EvidenceStatus, { tone: Tone; text: string; short: string; Icon: typeof CheckCircle2 }> = {
  pass: { tone: "emerald", text: "Evidence passes", short: "pass", Icon: CheckCircle2 },
  fail: { tone: "red", text: "Evidence fails", short: "fail", Icon: XCircle },
  unknown: { tone: "slate", text: "Evidence unknown", short: "unknown", Icon: CircleHelp },
};

/** The item's latest evidence as one badge, for beside its title. */
export function EvidenceBadge({ item }: { item: Pick<ChecklistRunItemDto, "evidence"> }) {
  const e = latestEvidence(item);
  if (!e) return null;
  const { tone, text, Icon } = STATUS[e.status];
  return (
    <span data-testid="evidence-badge" data-status={e.status}>
      <Badge tone={tone} title={EVIDENCE_LABEL[e.rule]}>
        <Icon className="mr-1 size-3.5" aria-hidden />
        {text}
      </Badge>
    </span>
  );
}

function EvidenceLine({ when, e, sameDay }: { when: string; e: Evidence; sameDay: boolean }) {
  const zone = useTimeZone();
  const { short, Icon } = STATUS[e.status];
  const checked = sameDay ? formatTime(e.evaluatedAt, zone) : formatStamp(e.evaluatedAt, zone);
  return (
    <li className="min-w-0">
      <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-600 dark:text-slate-400">
        <span className="inline-flex items-center gap-1 font-medium text-slate-800 dark:text-slate-200">
          <Icon className={`size-3.5 ${e.status === "fail" ? "text-red-600 dark:text-red-400" : ""}`} aria-hidden />
          {when}: {short}
        </span>
        <time dateTime={e.evaluatedAt} title={formatStamp(e.evaluatedAt, zone)}>
          checked {checked}
        </time>
      </p>
      <p className="mt-0.5 text-sm break-words">{e.summary}</p>
      {e.links.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
          {e.links.map((l) => (
            <li key={l.href + l.label}>
              <a
                href={l.href}
                className="font-medium text-emerald-700 underline-offset-2 hover:underline dark:text-emerald-400"
              >
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * What the evidence showed when the run opened and, once signed off, at sign-off. `sameDay`: the
 * checks all fall on the run's day, so the time alone says when.
 */
export function ItemEvidence({ item, sameDay }: { item: Pick<ChecklistRunItemDto, "evidence">; sameDay: boolean }) {
  const { opened, signed } = item.evidence ?? {};
  if (!opened && !signed) return null;
  const rule = (signed ?? opened)?.rule;
  return (
    <div
      className="rounded-md border border-slate-200 bg-slate-50 p-2.5 dark:border-slate-800 dark:bg-slate-950/60"
      data-testid="evidence"
    >
      {rule && <p className="mb-1.5 text-xs text-slate-600 dark:text-slate-400">Checks: {EVIDENCE_LABEL[rule]}</p>}
      <ul className="flex flex-col gap-2">
        {opened && <EvidenceLine when="At open" e={opened} sameDay={sameDay} />}
        {signed && <EvidenceLine when="At sign-off" e={signed} sameDay={sameDay} />}
      </ul>
    </div>
  );
}
