"use client";

import { type FormEvent, useEffect, useId, useRef } from "react";
import type { Outcome } from "@/lib/checklists/answers";
import { RemarkTextarea } from "./remark-textarea";

const LABEL: Record<Outcome, string> = {
  DONE: "Remark (optional)",
  NOT_DONE: "Why is it not done? (required)",
  NA: "Why does it not apply? (required)",
};

type Props = {
  outcome: Outcome;
  value: string;
  onChange: (v: string) => void;
  onSave: () => void;
  onCancel: () => void;
  pending: boolean;
  errors?: string[];
};

/** The remark an answer carries: required for not done and N/A, saved with the answer. */
export function RemarkForm({ outcome, value, onChange, onSave, onCancel, pending, errors }: Props) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave();
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" aria-label="Remark">
      <label htmlFor={id} className="text-sm font-medium">
        {LABEL[outcome]}
      </label>
      <RemarkTextarea
        ref={ref}
        id={id}
        name="remark"
        value={value}
        onChange={onChange}
        aria-required={outcome !== "DONE"}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
      />
      {errors?.map((e) => (
        <p key={e} id={`${id}-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {e}
        </p>
      ))}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary min-h-11" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </button>
        <button type="button" className="btn-secondary min-h-11" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
