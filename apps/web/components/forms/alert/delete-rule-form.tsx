"use client";

import { useRouter } from "next/navigation";
import { deleteAlertRuleAction } from "@/app/(dashboard)/alerts/actions";
import { TypedNameConfirm } from "@/components/forms/typed-name-confirm";
import { useFormAction } from "@/components/forms/use-form-action";

/** Deleting a rule takes its states and history: ask for its name. */
export function DeleteAlertRuleForm({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const { state, pending, onSubmit } = useFormAction(deleteAlertRuleAction, () => router.push("/alerts"));
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Delete alert rule">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="name" value={name} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        This deletes <strong>{name}</strong> with its states and history. Incidents it opened stay.
      </p>
      <TypedNameConfirm id="delete-rule-name" name={name} label="Delete rule" pending={pending} state={state} />
    </form>
  );
}
