"use client";

import { createServiceAction } from "@/app/(dashboard)/services/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";

/** On success the action redirects to the new service's page. */
export function CreateServiceForm() {
  const { state, pending, onSubmit, fieldErrors: fe } = useFormAction(createServiceAction);
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate>
      <Field label="Name" name="name" errors={fe.name}>
        <input id="name" name="name" className="input" autoComplete="off" />
      </Field>
      <Field label="Team" name="team" errors={fe.team}>
        <input id="team" name="team" className="input" autoComplete="off" />
      </Field>
      <Field label="Tier" name="tier" errors={fe.tier} hint="Tier 1 is the most critical.">
        <select id="tier" name="tier" className="input" defaultValue="TIER_2">
          <option value="TIER_1">Tier 1</option>
          <option value="TIER_2">Tier 2</option>
          <option value="TIER_3">Tier 3</option>
        </select>
      </Field>
      <Field label="Runbook URL" name="runbookUrl" errors={fe.runbookUrl}>
        <input
          id="runbookUrl"
          name="runbookUrl"
          type="url"
          className="input"
          placeholder="https://…"
          autoComplete="off"
        />
      </Field>
      <div className="sm:col-span-2">
        <Field label="Description" name="description" errors={fe.description}>
          <textarea id="description" name="description" rows={2} className="input" />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Adding…" : "Add service"}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
