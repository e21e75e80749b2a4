"use client";

import type { ChecklistRunDto } from "@opsdeck/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { answerChecklistItemAction } from "@/app/(dashboard)/checklists/[slug]/actions";
import { type Answer, newerRun } from "@/lib/checklists/answers";
import { formDataOf, initialRunActionState, type RunActionState } from "@/lib/checklists/run-action-state";
import { answerKey, runKey } from "./keys";

/** A refused answer: the message and field errors the server gave. */
export class AnswerRefused extends Error {
  constructor(readonly state: RunActionState) {
    super(state.message ?? "That did not work");
  }
}

/**
 * Answer one item. While the answer is on its way the page shows it (the run view reads the pending
 * answers by `answerKey`); a refusal drops it again, which puts the item back as it was.
 */
export function useAnswer(run: Pick<ChecklistRunDto, "id" | "checklist">) {
  const qc = useQueryClient();
  const slug = run.checklist.slug;
  return useMutation({
    mutationKey: answerKey(run.id),
    mutationFn: async (a: Answer) => {
      const form = formDataOf({ slug, runId: run.id, itemId: a.itemId, outcome: a.outcome, remark: a.remark });
      const state = await answerChecklistItemAction(initialRunActionState, form);
      if (!state.ok || !state.run) throw new AnswerRefused(state);
      return state.run;
    },
    onSuccess: (next) => qc.setQueryData<ChecklistRunDto | null>(runKey(slug), (old) => newerRun(old, next)),
  });
}
