import { cloneElement, isValidElement, type ReactNode } from "react";

/** `id` is the control's id, `name` unless the form appears more than once on a page. */
type Props = { label: string; name: string; id?: string; errors?: string[]; hint?: string; children: ReactNode };

/**
 * A labelled form control with its field errors right below it: the control is described by its
 * hint or its errors (read out with it), marked invalid while it has errors, and the errors are
 * announced when they appear.
 */
export function Field({ label, name, id = name, errors, hint, children }: Props) {
  const invalid = Boolean(errors?.length);
  const describedBy = invalid ? `${id}-error` : hint ? `${id}-hint` : undefined;
  const control =
    isValidElement<Record<string, unknown>>(children) && describedBy
      ? cloneElement(children, {
          "aria-describedby": [children.props["aria-describedby"], describedBy].filter(Boolean).join(" "),
          "aria-invalid": invalid || undefined,
        })
      : children;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {control}
      {hint && !invalid && (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {invalid && (
        <div id={`${id}-error`} role="alert" className="text-xs text-red-700 dark:text-red-400">
          {errors?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      )}
    </div>
  );
}
