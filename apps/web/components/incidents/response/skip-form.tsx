"use client";

import { type FormEvent, useEffect, useRef, useState } from "react";

type Props = {
  stepId: string;
  pending: boolean;
  errors?: string[];
  onSkip: (reason: string) => void;
  onCancel: () => void;
};

/** Why a step is skipped: a reason is required, Escape or Cancel puts the step back as it was. */
export function SkipForm({ stepId, pending, errors, onSkip, onCancel }: Props) {
  const [reason, setReason] = useState("");
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const id = `skip-${stepId}`;
  function submit(e: FormEvent) {
    e.preventDefault();
    onSkip(reason);
  }
  return (
    <form onSubmit={submit} className="mt-2 space-y-2" aria-label="Skip this step">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700 dark:text-slate-300">
        Why skip it?
      </label>
      <input
        ref={input}
        id={id}
        name="skipReason"
        className="input py-1.5"
        maxLength={500}
        autoComplete="off"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        onKeyDown={(e) => e.key === "Escape" && onCancel()}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
      />
      {errors?.map((e) => (
        <p key={e} id={`${id}-error`} role="alert" className="text-xs text-red-600 dark:text-red-400">
          {e}
        </p>
      ))}
      <div className="flex gap-2">
        <button type="submit" className="btn-secondary px-2.5 py-1" disabled={pending || !reason.trim()}>
          Skip step
        </button>
        <button type="button" className="btn px-2.5 py-1 text-slate-600 dark:text-slate-300" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
