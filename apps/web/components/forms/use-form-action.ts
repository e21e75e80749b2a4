"use client";

import { type FormEvent, useState, useTransition } from "react";
import type { FormState } from "@/lib/form-state";

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

/**
 * Submit a form to a server action without React's automatic form reset, so that a rejected
 * submission keeps what the user typed. `onDone` runs after a successful submission.
 */
export function useFormAction(action: Action, onDone?: (form: FormData, state: FormState) => void | Promise<void>) {
  const [state, setState] = useState<FormState>({ ok: false });
  const [pending, startTransition] = useTransition();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    startTransition(async () => {
      const next = await action(state, form);
      setState(next);
      if (next.ok) await onDone?.(form, next);
    });
  }
  return { state, pending, onSubmit, fieldErrors: state.fieldErrors ?? {} };
}
