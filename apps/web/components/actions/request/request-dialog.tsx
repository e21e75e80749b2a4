"use client";

import type { ActionKind } from "@opsdeck/db";
import { type ReactNode, useState } from "react";
import { requestActionAction } from "@/app/(dashboard)/actions/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Dialog } from "@/components/ui/dialog";
import { newIdempotencyKey } from "@/lib/idempotency-key";
import { ConflictNotice } from "./conflict-notice";

type Props = {
  title: string;
  kind: ActionKind;
  targetId: string;
  /** Fixed parameters, sent as `params.<name>`; editable ones are fields among the children. */
  params?: Record<string, string>;
  incidentNumber?: number;
  submit: string;
  danger?: boolean;
  onClose: () => void;
  /** Runs this page knows, so a refusal can link the live one. */
  runs?: { id: string; number: number }[];
  children: (fieldErrors: Record<string, string[]>) => ReactNode;
};

/**
 * Confirm and request one action. The idempotency key is made when the dialog opens, so a double
 * click sends the same key twice and makes one run; on success the server goes to the run's page.
 */
export function RequestDialog({
  title,
  kind,
  targetId,
  params = {},
  incidentNumber,
  submit,
  danger,
  onClose,
  runs,
  children,
}: Props) {
  const [key] = useState(newIdempotencyKey);
  const { state, pending, onSubmit, fieldErrors } = useFormAction(requestActionAction, undefined, {
    successToast: false,
  });
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label={title}>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="targetId" value={targetId} />
        <input type="hidden" name="idempotencyKey" value={key} />
        {incidentNumber !== undefined && <input type="hidden" name="incidentNumber" value={incidentNumber} />}
        {Object.entries(params).map(([k, v]) => (
          <input key={k} type="hidden" name={`params.${k}`} value={v} />
        ))}
        {children(fieldErrors)}
        {state.code === "CONFLICT" && state.message && (
          <ConflictNotice message={state.message} targetId={targetId} runs={runs} />
        )}
        {!state.ok && state.message && state.code !== "CONFLICT" && (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {state.message}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" className="btn-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={danger ? "btn-danger" : "btn-primary"} disabled={pending}>
            {pending ? "Requesting…" : submit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
