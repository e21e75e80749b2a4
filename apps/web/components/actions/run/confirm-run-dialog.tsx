"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Dialog } from "@/components/ui/dialog";
import type { FormState } from "@/lib/form-state";

type Props = {
  title: string;
  runId: string;
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  confirm: string;
  danger?: boolean;
  onClose: () => void;
  children: ReactNode;
};

export const runKey = (id: string) => ["action-run", id] as const;

/** A decision on a run (approve, cancel) after reading what it does; the run reads again afterwards. */
export function ConfirmRunDialog({ title, runId, action, confirm, danger, onClose, children }: Props) {
  const qc = useQueryClient();
  const { state, pending, onSubmit } = useFormAction(action, async () => {
    onClose();
    await qc.invalidateQueries({ queryKey: runKey(runId), exact: true });
  });
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={onSubmit} className="space-y-4" aria-label={title}>
        <input type="hidden" name="id" value={runId} />
        <div className="text-sm">{children}</div>
        {!state.ok && state.message && (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {state.message}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" className="btn-secondary" onClick={onClose}>
            Back
          </button>
          <button type="submit" className={danger ? "btn-danger" : "btn-primary"} disabled={pending}>
            {pending ? "Working…" : confirm}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
