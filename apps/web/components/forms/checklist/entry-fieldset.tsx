import type { ComponentProps, ReactNode } from "react";
import { EntryHeader } from "./entry-header";

type Props = ComponentProps<typeof EntryHeader> & {
  /** Errors on the entry as a whole, shown below its fields. */
  other?: string[];
  children: ReactNode;
};

/** One edited list entry: its legend and move and remove buttons, its fields, then its other errors. */
export function EntryFieldset({ other, children, ...header }: Props) {
  return (
    <fieldset className="min-w-0 rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <EntryHeader {...header} />
      {children}
      {other?.map((e) => (
        <p key={e} role="alert" className="mt-2 text-xs text-red-600 dark:text-red-400">
          {e}
        </p>
      ))}
    </fieldset>
  );
}
