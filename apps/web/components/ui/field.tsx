import type { ReactNode } from "react";

/** `id` is the control's id, `name` unless the form appears more than once on a page. */
type Props = { label: string; name: string; id?: string; errors?: string[]; hint?: string; children: ReactNode };

/** A labelled form control with its field errors right below it. */
export function Field({ label, name, id = name, errors, hint, children }: Props) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && !errors?.length && <p className="text-xs text-slate-500 dark:text-slate-400">{hint}</p>}
      {errors?.map((e) => (
        <p key={e} id={`${id}-error`} role="alert" className="text-xs text-red-600 dark:text-red-400">
          {e}
        </p>
      ))}
    </div>
  );
}
