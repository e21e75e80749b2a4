"use client";

import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import type { FormState } from "@/lib/form-state";
import { Field } from "@/components/ui/field";

/**
 * The end of a delete form: type the thing's name, then the danger button, which stays disabled
 * until the name matches.
 */
export function TypedNameConfirm({
  id,
  name,
  label,
  pending,
  state,
}: {
  id: string;
  name: string;
  /** "Delete service" */
  label: string;
  pending: boolean;
  state: FormState;
}) {
  const [typed, setTyped] = useState("");
  return (
    <>
      <Field label={`Type ${name} to confirm`} name="confirmName" id={id}>
        <input
          id={id}
          className="input"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-danger" disabled={pending || typed.trim() !== name}>
          {pending ? "Deleting…" : label}
        </button>
        <FormMessage state={state} />
      </div>
    </>
  );
}
