"use client";

import type { ResponseDefaultsDto } from "@opsdeck/core";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { saveResponseDefaultsAction } from "@/app/(dashboard)/settings/response-checklists/actions";
import { EntryList } from "@/components/forms/checklist/entry-list";
import { itemErrorsByKey } from "@/components/forms/checklist/template-values";
import { type ItemControlId, useItemList } from "@/components/forms/checklist/use-item-list";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { blankStep, STEP_FIELDS, stepDrafts } from "./defaults-values";
import { StepFields } from "./step-fields";

type Props = { defaults: ResponseDefaultsDto; label: string };

/**
 * One severity's default steps: add, edit, remove and reorder, then save the whole list. A rejected
 * save keeps everything typed, with each error beside its field.
 */
export function DefaultsForm({ defaults, label }: Props) {
  const router = useRouter();
  const { severity } = defaults;
  const id = (name: string) => `response-${severity}-${name}`;
  const controlId: ItemControlId = (key, control) => id(`step-${key}-${control}`);
  const list = useItemList(stepDrafts(defaults.steps), controlId, id("add"), {
    blank: blankStep,
    noun: "Step",
    allowEmpty: true,
  });
  const [submittedKeys, setSubmittedKeys] = useState<string[]>([]);
  const { state, pending, onSubmit, fieldErrors } = useFormAction(saveResponseDefaultsAction, () => router.refresh());
  const errors = itemErrorsByKey(fieldErrors, submittedKeys, "steps", STEP_FIELDS);
  function submit(e: FormEvent<HTMLFormElement>) {
    setSubmittedKeys(list.items.map((s) => s.key));
    onSubmit(e);
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby={id("title")} className="card min-w-0 space-y-3 p-4">
      <input type="hidden" name="severity" value={severity} />
      <div>
        <h2 id={id("title")} className="font-semibold">
          {label}
        </h2>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          {list.items.length === 0
            ? "No steps: its incidents start with an empty checklist."
            : `${list.items.length} steps, in order.`}{" "}
          Put commands in `backticks`: responders see them in monospace with a button to copy them.
        </p>
      </div>
      <EntryList list={list} errors={fieldErrors.steps} addButtonId={id("add")} addLabel="Add step">
        {(step, index) => (
          <StepFields
            step={step}
            index={index}
            count={list.items.length}
            errors={errors[step.key] ?? {}}
            controlId={controlId}
            onChange={(patch) => list.update(step.key, patch)}
            onMove={(delta) => list.move(index, delta)}
            onRemove={() => list.remove(index)}
          />
        )}
      </EntryList>
      <SubmitRow pending={pending} label={`Save ${severity} steps`} busy="Saving…" state={state} />
    </form>
  );
}
