"use client";

import type { IncidentResponseDto } from "@opsdeck/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ResponseActionState, setResponseStepAction } from "@/app/(dashboard)/incidents/[number]/response-actions";
import { formDataOf } from "@/lib/checklists/run-action-state";
import { responseKey, type StepChange, stepChangeKey } from "@/lib/incidents/response";

/** A refused change: the message and field errors the server gave. */
export class StepRefused extends Error {
  constructor(readonly state: ResponseActionState) {
    super(state.message ?? "That did not work");
  }
}

/**
 * Change one step. While the change is on its way the panel shows it (it reads the pending changes
 * by `stepChangeKey`); a refusal drops it again, which puts the step back as it was.
 */
export function useSetStep(number: number) {
  const qc = useQueryClient();
  const key = responseKey(number);
  return useMutation({
    mutationKey: stepChangeKey(number),
    mutationFn: async (c: StepChange) => {
      const form = formDataOf({
        number: String(number),
        stepId: c.stepId,
        done: String(c.done),
        skipReason: c.skipReason,
      });
      const state = await setResponseStepAction({ ok: false }, form);
      if (!state.ok || !state.response) throw new StepRefused(state);
      return state.response;
    },
    onSuccess: (next) => qc.setQueryData<IncidentResponseDto>(key, next),
    // Another responder's tick may have landed between: read the whole list once more.
    onSettled: () => qc.invalidateQueries({ queryKey: key, exact: true }),
  });
}
