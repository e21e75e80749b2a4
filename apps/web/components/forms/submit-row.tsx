import type { ReactNode } from "react";
import type { FormState } from "@/lib/form-state";
import { FormMessage } from "./form-message";

type Props = { pending: boolean; label: string; busy: string; state: FormState; className?: string; children?: ReactNode };

/** A form's submit button, any further buttons, and the outcome beside them. */
export function SubmitRow({ pending, label, busy, state, className = "", children }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
      <button type="submit" className={`btn-primary ${className}`} disabled={pending}>
        {pending ? busy : label}
      </button>
      {children}
      <FormMessage state={state} />
    </div>
  );
}
