"use client";

import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { controlNames, mapFieldErrors } from "@/lib/field-errors";
import type { FormState } from "@/lib/form-state";

type Action<S extends FormState> = (prev: S, form: FormData) => Promise<S>;

export type FormActionOptions<S extends FormState> = {
  /** Asked before submitting; declining leaves everything as it was and calls `onCancel`. */
  confirm?: string;
  onCancel?: (form: HTMLFormElement) => void;
  /** The success toast's text, or false for none (when the message is a secret shown in the page). */
  successToast?: ((state: S) => string | false) | false;
};

/**
 * Submit a form to a server action without React's automatic form reset, so that a rejected
 * submission keeps what the user typed. Every outcome is also a toast. Field errors are keyed by the
 * form's own control names, however deep the path the service reported (`config.expectedStatus.0`).
 * `onDone` runs after a successful submission.
 */
export function useFormAction<S extends FormState>(
  action: Action<S>,
  onDone?: (form: FormData, state: S) => void | Promise<void>,
  options: FormActionOptions<S> = {},
) {
  const [state, setState] = useState<S>({ ok: false } as S);
  const [pending, startTransition] = useTransition();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    if (options.confirm && !window.confirm(options.confirm)) {
      options.onCancel?.(el);
      return;
    }
    const form = new FormData(el);
    const names = controlNames(el);
    startTransition(async () => {
      const next = await action(state, form);
      setState({ ...next, fieldErrors: next.fieldErrors && mapFieldErrors(next.fieldErrors, names) });
      if (!next.ok) {
        toast.error(next.message ?? "That did not work");
        return;
      }
      const text = options.successToast === false ? false : (options.successToast?.(next) ?? next.message ?? "Saved");
      if (text) toast.success(text);
      await onDone?.(form, next);
    });
  }
  return { state, pending, onSubmit, fieldErrors: state.fieldErrors ?? {} };
}
