"use client";

import { deleteTargetAction } from "@/app/(dashboard)/actions/targets/actions";
import { TypedNameConfirm } from "@/components/forms/typed-name-confirm";
import { useFormAction } from "@/components/forms/use-form-action";

/** Deleting a target takes its credential and run history: ask for its name. */
export function DeleteTargetForm({ id, name }: { id: string; name: string }) {
  const { state, pending, onSubmit } = useFormAction(deleteTargetAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Delete target">
      <input type="hidden" name="id" value={id} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        This deletes <strong>{name}</strong>, its credential and its run history. Backup files on disk stay. It cannot
        be undone, and is refused while a run is live on it.
      </p>
      <TypedNameConfirm id="delete-target-name" name={name} label="Delete target" pending={pending} state={state} />
    </form>
  );
}
