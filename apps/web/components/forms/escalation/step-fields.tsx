"use client";

import { MAX_WAIT_MINUTES } from "@opsdeck/core/escalation/limits";
import { EntryFieldset } from "@/components/forms/checklist/entry-fieldset";
import type { ItemControlId } from "@/components/forms/checklist/use-item-list";
import { Field } from "@/components/ui/field";
import { type PolicyChoices, type StepDraft, type StepField, stepControl } from "./policy-values";
import { TargetSelect } from "./target-select";

type Props = {
  step: StepDraft;
  index: number;
  count: number;
  choices: PolicyChoices;
  errors: Partial<Record<StepField | "other", string[]>>;
  controlId: ItemControlId;
  onChange: (patch: Partial<StepDraft>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

/** One step: whom it pages and how long it then waits, named by position so errors land beside them. */
export function StepFields({ step, index, count, choices, errors, controlId, onChange, onMove, onRemove }: Props) {
  const id = (field: StepField) => controlId(step.key, field);
  return (
    <EntryFieldset
      noun="Step"
      entryKey={step.key}
      index={index}
      count={count}
      controlId={controlId}
      canRemove={count > 1}
      onMove={onMove}
      onRemove={onRemove}
      other={errors.other}
    >
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
        <Field label="Page" name={stepControl(index, "notify")} id={id("notify")} errors={errors.notify}>
          <TargetSelect
            id={id("notify")}
            name={stepControl(index, "notify")}
            value={step.target}
            choices={choices}
            onChange={(target) => onChange({ target })}
          />
        </Field>
        <Field
          label="Then wait (minutes)"
          name={stepControl(index, "waitMinutes")}
          id={id("waitMinutes")}
          errors={errors.waitMinutes}
        >
          <input
            id={id("waitMinutes")}
            name={stepControl(index, "waitMinutes")}
            className="input"
            inputMode="numeric"
            type="number"
            min={1}
            max={MAX_WAIT_MINUTES}
            autoComplete="off"
            value={step.waitMinutes}
            onChange={(e) => onChange({ waitMinutes: e.target.value })}
          />
        </Field>
      </div>
    </EntryFieldset>
  );
}
