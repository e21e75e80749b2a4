"use client";

import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/form-state";

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  /** The service whose health query refetches on success, unless `queryKey` names another query. */
  slug?: string;
  queryKey?: QueryKey;
  className?: string;
  confirm?: string;
  /** A key that presses this button from anywhere on the page (listed under "?"). */
  shortcut?: string;
  children: ReactNode;
};

/**
 * One server action behind one button; on success the service's health query (or `queryKey`) refetches. The outcome
 * is a toast and is also written on its own line below the buttons.
 */
export function ActionButton({
  action,
  fields,
  slug,
  queryKey,
  className = "btn-secondary",
  confirm,
  shortcut,
  children,
}: Props) {
  const qc = useQueryClient();
  const { state, pending, onSubmit } = useFormAction(
    action,
    () => qc.invalidateQueries({ queryKey: queryKey ?? ["service-health", slug], exact: Boolean(queryKey) }),
    { confirm },
  );
  return (
    <form onSubmit={onSubmit} className="contents">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button
        type="submit"
        className={`${className} px-2.5 py-1`}
        disabled={pending}
        data-shortcut={shortcut}
        aria-keyshortcuts={shortcut}
      >
        {pending ? "Working…" : children}
      </button>
      {state.message && (
        <div className="order-last basis-full">
          <FormMessage state={state} />
        </div>
      )}
    </form>
  );
}
