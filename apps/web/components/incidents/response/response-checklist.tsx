"use client";

import type { IncidentResponseDto } from "@opsdeck/core";
import { useMutationState } from "@tanstack/react-query";
import { ProgressBar } from "@/components/checklists/progress-bar";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { handledOf, responseKey, type StepChange, stepChangeKey, withStepChanges } from "@/lib/incidents/response";
import { StepRow } from "./step-row";

type Props = {
  initial: IncidentResponseDto;
  renderedAt: number;
  liveFrom: number;
  /** Responders and admins tick steps; viewers read them. */
  canWrite: boolean;
};

/**
 * The incident's response checklist, read again when anyone ticks a step or changes the incident
 * (a raised severity adds steps). This page's own changes show while they are on their way.
 */
export function ResponseChecklist({ initial, renderedAt, liveFrom, canWrite }: Props) {
  const { number } = initial;
  const mine = (_: IncidentResponseDto, p: Record<string, unknown>) => (p.number === number ? REFETCH : undefined);
  const q = useLiveQuery({
    queryKey: responseKey(number),
    queryFn: () => fetchJson<IncidentResponseDto>(`/api/v1/incidents/${number}/response`),
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    from: liveFrom,
    on: { "response.changed": mine, "incident.changed": mine },
  });
  const pending = useMutationState({
    filters: { mutationKey: stepChangeKey(number), status: "pending" },
    select: (m) => m.state.variables as StepChange,
  });
  const r = withStepChanges(q.data ?? initial, pending);
  const handled = handledOf(r);
  const origin = r.steps[0]?.severity ?? r.severity;
  return (
    <section className="card min-w-0 p-4" aria-labelledby="response-title">
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h2 id="response-title" className="font-semibold">
          Response checklist
        </h2>
        <span className="text-sm text-slate-600 tabular-nums dark:text-slate-400" data-testid="response-progress">
          {handled}/{r.total}
          {r.skipped > 0 && ` (${r.skipped} skipped)`}
        </span>
      </div>
      <ProgressBar done={handled} total={r.total} label="Response steps done or skipped" />
      {r.total === 0 ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          No response steps: {origin} has none by default.
        </p>
      ) : (
        <ol className="mt-3 divide-y divide-slate-100 dark:divide-slate-800">
          {r.steps.map((step) => (
            <StepRow key={step.id} number={number} step={step} origin={origin} canWrite={canWrite} />
          ))}
        </ol>
      )}
      {!canWrite && (
        <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">Responders and admins tick these steps.</p>
      )}
    </section>
  );
}
