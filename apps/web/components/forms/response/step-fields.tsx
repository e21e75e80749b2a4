"use client";

import { EntryFieldset } from "@/components/forms/checklist/entry-fieldset";
import type { ItemControlId } from "@/components/forms/checklist/use-item-list";
import { Field } from "@/components/ui/field";
import { type StepDraft, type StepField, stepControl } from "./defaults-values";

type Props = {
  step: StepDraft;
  index: number;
  count: number;
  errors: Partial<Record<StepField | "other", string[]>>;
  controlId: ItemControlId;
  onChange: (patch: Partial<StepDraft>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

/** One default step: its title and detail, named by position (`steps.2.title`) so errors land beside them. */
export function StepFields({ step, index, count, errors, controlId, onChange, onMove, onRemove }: Props) {
  const id = (field: StepField) => controlId(step.key, field);
  return (
    <EntryFieldset
      noun="Step"
      entryKey={step.key}
      index={index}
      count={count}
      controlId={controlId}
      canRemove
      onMove={onMove}
      onRemove={onRemove}
      other={errors.other}
    >
      <div className="space-y-3">
        <Field label="Title" name={stepControl(index, "title")} id={id("title")} errors={errors.title}>
          <input
            id={id("title")}
            name={stepControl(index, "title")}
            className="input"
            autoComplete="off"
            value={step.title}
            onChange={(e) => onChange({ title: e.target.value })}
          />
        </Field>
        <Field label="Detail (optional)" name={stepControl(index, "detail")} id={id("detail")} errors={errors.detail}>
          <textarea
            id={id("detail")}
            name={stepControl(index, "detail")}
            rows={3}
            className="input font-mono text-xs"
            value={step.detail}
            onChange={(e) => onChange({ detail: e.target.value })}
          />
        </Field>
      </div>
    </EntryFieldset>
  );
}
