"use client";

import { useState } from "react";
import { deleteTargetAction } from "@/app/(dashboard)/actions/targets/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";

/** Deleting a target takes its credential and run history: ask for its name. */
export function DeleteTargetForm({ id, name }: { id: string; name: string }) {
  const [typed, setTyped] = useState("");
  const { state, pending, onSubmit } = useFormAction(deleteTargetAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Delete target">
      <input type="hidden" name="id" value={id} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        This deletes <strong>{name}</strong>, its credential and its run history. Backup files on disk stay. It cannot
        be undone, and is refused while a run is live on it.
      </p>
      <Field label={`Type ${name} to confirm`} name="confirmName" id="delete-target-name">
        <input
          id="delete-target-name"
          className="input"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-danger" disabled={pending || typed.trim() !== name}>
          {pending ? "Deleting…" : "Delete target"}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
