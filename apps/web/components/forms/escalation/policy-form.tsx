"use client";

import type { EscalationPolicyDto } from "@opsdeck/core";
import { ESCALATION_HOURS, MAX_REPEAT } from "@opsdeck/core/escalation/limits";
import { HOURS_LABEL } from "@opsdeck/core/escalation/words";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import {
  createEscalationPolicyAction,
  updateEscalationPolicyAction,
} from "@/app/(dashboard)/settings/escalation/actions";
import { EntryList } from "@/components/forms/checklist/entry-list";
import { itemErrorsByKey } from "@/components/forms/checklist/template-values";
import { type ItemControlId, useItemList } from "@/components/forms/checklist/use-item-list";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { blankStep, type PolicyChoices, STEP_FIELDS, stepDrafts } from "./policy-values";
import { ScopeFields } from "./scope-fields";
import { StepFields } from "./step-fields";

type Props = { policy?: EscalationPolicyDto; choices: PolicyChoices; onDone?: () => void };

/** Add an escalation policy, or edit one; after adding, a new empty form (its step list too). */
export function PolicyForm(props: Props) {
  const [generation, setGeneration] = useState(0);
  return <PolicyFields key={generation} {...props} onAdded={() => setGeneration((g) => g + 1)} />;
}

/**
 * The form itself: an edit replaces the policy's steps with the form's list. A rejected save keeps
 * everything typed, with each error beside its field, and saves nothing.
 */
function PolicyFields({ policy, choices, onDone, onAdded }: Props & { onAdded: () => void }) {
  const router = useRouter();
  const idp = policy ? `policy-${policy.id}` : "policy-new";
  const id = (name: string) => `${idp}-${name}`;
  const controlId: ItemControlId = (key, control) => id(`step-${key}-${control}`);
  const list = useItemList(stepDrafts(policy?.steps ?? []), controlId, id("add"), {
    blank: blankStep,
    noun: "Step",
    first: "notify",
  });
  const [submittedKeys, setSubmittedKeys] = useState<string[]>([]);
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: fe,
  } = useFormAction(policy ? updateEscalationPolicyAction : createEscalationPolicyAction, () => {
    router.refresh();
    if (policy) onDone?.();
    else onAdded();
  });
  const errors = itemErrorsByKey(fe, submittedKeys, "steps", STEP_FIELDS);
  function submit(e: FormEvent<HTMLFormElement>) {
    setSubmittedKeys(list.items.map((s) => s.key));
    onSubmit(e);
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid min-w-0 gap-4"
      aria-label={policy ? `Edit ${policy.name}` : "Add escalation policy"}
    >
      {policy && <input type="hidden" name="id" value={policy.id} />}
      <Field label="Name" name="name" id={id("name")} errors={fe.name}>
        <input id={id("name")} name="name" className="input" autoComplete="off" defaultValue={policy?.name ?? ""} />
      </Field>
      <ScopeFields idp={idp} policy={policy} services={choices.services} fe={fe} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="When" name="hours" id={id("hours")} errors={fe.hours}>
          <select id={id("hours")} name="hours" className="input" defaultValue={policy?.hours ?? "ALWAYS"}>
            {ESCALATION_HOURS.map((h) => (
              <option key={h} value={h}>
                {HOURS_LABEL[h]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Repeat the chain (times)"
          name="repeat"
          id={id("repeat")}
          errors={fe.repeat}
          hint={`0 to ${MAX_REPEAT}, after the first run`}
        >
          <input
            id={id("repeat")}
            name="repeat"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_REPEAT}
            className="input"
            defaultValue={String(policy?.repeat ?? 0)}
          />
        </Field>
      </div>
      <section className="min-w-0 space-y-3" aria-labelledby={id("steps-heading")}>
        <h3 id={id("steps-heading")} className="text-sm font-semibold">
          Steps, in order
        </h3>
        <EntryList list={list} errors={fe.steps} addButtonId={id("add")} addLabel="Add step">
          {(step, index) => (
            <StepFields
              step={step}
              index={index}
              count={list.items.length}
              choices={choices}
              errors={errors[step.key] ?? {}}
              controlId={controlId}
              onChange={(patch) => list.update(step.key, patch)}
              onMove={(delta) => list.move(index, delta)}
              onRemove={() => list.remove(index)}
            />
          )}
        </EntryList>
      </section>
      <SubmitRow pending={pending} label={policy ? "Save policy" : "Add policy"} busy="Saving…" state={state}>
        {onDone && (
          <button type="button" className="btn-secondary" onClick={onDone}>
            Cancel
          </button>
        )}
      </SubmitRow>
    </form>
  );
}
