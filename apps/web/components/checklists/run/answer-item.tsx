"use client";

import type { ChecklistRunDto, ChecklistRunItemDto } from "@opsdeck/core";
import { useState } from "react";
import type { Outcome } from "@/lib/checklists/answers";
import { AnswerLine } from "./answer-line";
import { ItemBody } from "./item-body";
import { OutcomeChoice } from "./outcome-choice";
import { RemarkForm } from "./remark-form";
import { AnswerRefused, useAnswer } from "./use-answer";

type Draft = { outcome: Outcome; remark: string };
type Props = { run: ChecklistRunDto; item: ChecklistRunItemDto; index: number };

/**
 * An item to answer. Done is saved at once; not done and N/A first ask for the remark they need.
 * `item` already shows this page's answers in flight, so a refused one simply falls away.
 */
export function AnswerItem({ run, item, index }: Props) {
  const titleId = `item-${item.id}`;
  const answer = useAnswer(run);
  // What the user is writing, not yet sent: local by nature.
  const [draft, setDraft] = useState<Draft | null>(null);
  const refused = answer.error instanceof AnswerRefused ? answer.error.state : null;
  const fieldErrors = refused?.fieldErrors?.remark;
  const message = fieldErrors?.length ? null : answer.error?.message;

  function choose(outcome: Outcome) {
    answer.reset();
    if (outcome !== "DONE") return setDraft({ outcome, remark: draft?.remark ?? item.remark ?? "" });
    setDraft(null);
    if (item.outcome !== "DONE") answer.mutate({ itemId: item.id, outcome, remark: null });
  }
  function save() {
    if (!draft) return;
    const remark = draft.remark.trim() || null;
    answer.mutate({ itemId: item.id, outcome: draft.outcome, remark }, { onSuccess: () => setDraft(null) });
  }

  return (
    <ItemBody item={item} index={index} titleId={titleId} sameDay={run.checklist.cadence === "DAILY"}>
      <OutcomeChoice labelledBy={titleId} value={draft?.outcome ?? item.outcome} onChoose={choose} />
      {message && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {message}
        </p>
      )}
      {draft ? (
        <RemarkForm
          outcome={draft.outcome}
          value={draft.remark}
          onChange={(remark) => setDraft({ ...draft, remark })}
          onSave={save}
          onCancel={() => {
            answer.reset();
            setDraft(null);
          }}
          pending={answer.isPending}
          errors={fieldErrors}
        />
      ) : (
        <>
          <AnswerLine item={item} />
          {item.outcome && (
            <button
              type="button"
              className="w-fit rounded-sm py-1 text-sm font-medium text-emerald-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600 dark:text-emerald-400"
              onClick={() => setDraft({ outcome: item.outcome as Outcome, remark: item.remark ?? "" })}
            >
              {item.remark ? "Edit remark" : "Add a remark"}
            </button>
          )}
        </>
      )}
    </ItemBody>
  );
}
