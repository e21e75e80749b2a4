"use client";

import type { ResponseStepDto } from "@opsdeck/core";
import { useRef, useState } from "react";
import { Time } from "@/components/ui/time";
import { personName } from "../format";
import { SkipForm } from "./skip-form";
import { StepDetail } from "./step-detail";
import { StepRefused, useSetStep } from "./use-set-step";

type Props = {
  number: number;
  /** As shown: with this page's changes in flight already applied. */
  step: ResponseStepDto;
  /** The severity the incident started with: steps a raise added say which severity they came with. */
  origin: string;
  canWrite: boolean;
};

const LINK =
  "rounded-sm py-1 text-xs font-medium text-emerald-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600 dark:text-emerald-400";

/** Who did it and when: "Done by Ana · 14:05", or why it was skipped. */
function StepMeta({ step }: { step: ResponseStepDto }) {
  if (step.status === "OPEN") return null;
  const who = personName(step.answeredBy);
  return (
    <p className="text-xs text-slate-500 dark:text-slate-400">
      {step.status === "DONE" ? "Done" : `Skipped: ${step.skipReason}`}
      {who && ` · ${who}`}
      {step.answeredAt && (
        <>
          {" · "}
          <Time iso={step.answeredAt} />
        </>
      )}
    </p>
  );
}

/** One step: a checkbox named by its title, how to do it, and (for responders) skipping it. */
export function StepRow({ number, step, origin, canWrite }: Props) {
  const change = useSetStep(number);
  const [skipping, setSkipping] = useState(false);
  // The box follows a click at once: the change's pending state reaches the panel a tick later.
  const [clicked, setClicked] = useState<boolean | null>(null);
  const skipButton = useRef<HTMLButtonElement>(null);
  const refused = change.error instanceof StepRefused ? change.error.state : null;
  const reasonErrors = refused?.fieldErrors?.skipReason;
  const ids = { box: `step-${step.id}`, detail: `step-${step.id}-detail` };
  function set(done: boolean, skipReason: string | null = null) {
    change.reset();
    setClicked(done);
    change.mutate(
      { stepId: step.id, done, skipReason },
      { onSuccess: () => setSkipping(false), onSettled: () => setClicked(null) },
    );
  }
  function cancel() {
    change.reset();
    setSkipping(false);
    requestAnimationFrame(() => skipButton.current?.focus());
  }
  return (
    <li className="flex gap-3 py-2.5 first:pt-0 last:pb-0" data-testid="response-step">
      <input
        type="checkbox"
        id={ids.box}
        className="mt-0.5 size-5 shrink-0 cursor-pointer accent-emerald-600 disabled:cursor-not-allowed"
        checked={clicked ?? step.status === "DONE"}
        disabled={!canWrite}
        onChange={(e) => set(e.target.checked)}
        aria-describedby={step.detail ? ids.detail : undefined}
      />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <div className="flex flex-wrap items-baseline gap-x-2">
          <label
            htmlFor={ids.box}
            className={`min-w-0 font-medium break-words ${canWrite ? "cursor-pointer" : ""} ${
              step.status === "OPEN" ? "" : "text-slate-500 line-through decoration-slate-400 dark:text-slate-400"
            }`}
          >
            {step.title}
          </label>
          {step.severity !== origin && (
            <span
              className="rounded bg-red-50 px-1.5 py-0.5 text-[0.7rem] font-semibold text-red-700 dark:bg-red-500/10 dark:text-red-300"
              title={`Added when the severity was raised to ${step.severity}`}
            >
              {step.severity}
            </span>
          )}
        </div>
        {step.detail && <StepDetail id={ids.detail} text={step.detail} />}
        <StepMeta step={step} />
        {change.error && !reasonErrors && (
          <p role="alert" className="text-xs text-red-600 dark:text-red-400">
            {change.error.message}
          </p>
        )}
        {canWrite && skipping && (
          <SkipForm
            stepId={step.id}
            pending={change.isPending}
            errors={reasonErrors}
            onSkip={(reason) => set(false, reason.trim() || null)}
            onCancel={cancel}
          />
        )}
        {canWrite && !skipping && step.status === "OPEN" && (
          <button
            ref={skipButton}
            type="button"
            className={`w-fit ${LINK}`}
            aria-label={`Skip ${step.title}`}
            onClick={() => setSkipping(true)}
          >
            Skip…
          </button>
        )}
        {canWrite && step.status === "SKIPPED" && (
          <button
            type="button"
            className={`w-fit ${LINK}`}
            aria-label={`Undo skipping ${step.title}`}
            onClick={() => set(false)}
          >
            Undo skip
          </button>
        )}
      </div>
    </li>
  );
}
