"use client";

import type { ServiceDeletionImpactDto } from "@opsdeck/core";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteServiceAction } from "@/app/(dashboard)/services/[slug]/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** Deleting a service takes its checks and their history: say what goes, and ask for its name. */
export function DeleteServiceForm({ slug, name, impact }: { slug: string; name: string; impact: ServiceDeletionImpactDto }) {
  const router = useRouter();
  const [typed, setTyped] = useState("");
  const { state, pending, onSubmit } = useFormAction(deleteServiceAction, () => router.push("/services"));
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Delete service">
      <input type="hidden" name="serviceSlug" value={slug} />
      <input type="hidden" name="name" value={name} />
      <div className="text-sm text-slate-700 dark:text-slate-300" data-testid="delete-impact">
        <p>
          This deletes <strong>{name}</strong> with its {plural(impact.checks, "check")} and their history (
          {plural(impact.runs, "recorded run")}, state changes and maintenance windows). It cannot be undone.
        </p>
        {impact.incidents > 0 && (
          <p className="mt-1">
            Its {plural(impact.incidents, "incident")} stay{impact.incidents === 1 ? "s" : ""}, no longer linked to a service.
          </p>
        )}
      </div>
      <Field label={`Type ${name} to confirm`} name="confirmName" id="delete-confirm-name">
        <input
          id="delete-confirm-name"
          className="input"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-danger" disabled={pending || typed.trim() !== name}>
          {pending ? "Deleting…" : "Delete service"}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
