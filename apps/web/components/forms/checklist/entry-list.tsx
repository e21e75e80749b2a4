"use client";

import { Plus } from "lucide-react";
import type { ReactNode } from "react";
import type { useItemList } from "./use-item-list";

type Props<T extends { key: string }> = {
  list: ReturnType<typeof useItemList<T>>;
  /** Errors on the list as a whole ("Add at least one step"). */
  errors?: string[];
  addButtonId: string;
  addLabel: string;
  children: (entry: T, index: number) => ReactNode;
};

/** An edited list's entries in order, its own errors, an add button and the announcements of its changes. */
export function EntryList<T extends { key: string }>({ list, errors, addButtonId, addLabel, children }: Props<T>) {
  return (
    <>
      {errors?.map((e) => (
        <p key={e} role="alert" className="text-xs text-red-600 dark:text-red-400">
          {e}
        </p>
      ))}
      <ol className="space-y-3">
        {list.items.map((entry, index) => (
          <li key={entry.key}>{children(entry, index)}</li>
        ))}
      </ol>
      <button type="button" id={addButtonId} className="btn-secondary" onClick={list.add}>
        <Plus className="size-4" aria-hidden />
        {addLabel}
      </button>
      <p className="sr-only" aria-live="polite">
        {list.announcement}
      </p>
    </>
  );
}
