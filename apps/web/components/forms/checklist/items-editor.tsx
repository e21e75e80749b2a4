"use client";

import { Plus } from "lucide-react";
import { ItemFields } from "./item-fields";
import { type ItemDraft, itemErrorsByKey } from "./template-values";
import type { ItemControlId, useItemList } from "./use-item-list";

type Props = {
  list: ReturnType<typeof useItemList<ItemDraft>>;
  controlId: ItemControlId;
  addButtonId: string;
  fieldErrors: Record<string, string[]>;
  /** The item keys in their order at the last submission, which the service's `items.<n>` paths count. */
  submittedKeys: readonly string[];
};

/** The checklist's items in order: add, remove, move up and down, each with its own errors. */
export function ItemsEditor({ list, controlId, addButtonId, fieldErrors, submittedKeys }: Props) {
  const errors = itemErrorsByKey(fieldErrors, submittedKeys);
  const { items } = list;
  return (
    <section className="space-y-3 sm:col-span-2" aria-labelledby="checklist-items-heading">
      <h2 id="checklist-items-heading" className="mt-2 text-base font-semibold">
        Items <span className="font-normal text-slate-500 dark:text-slate-400">({items.length})</span>
      </h2>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        In order, as a run lists them. Details take Markdown: how to check, commands, what good looks like.
      </p>
      {fieldErrors.items?.map((e) => (
        <p key={e} role="alert" className="text-xs text-red-600 dark:text-red-400">
          {e}
        </p>
      ))}
      <ol className="space-y-3">
        {items.map((item, index) => (
          <li key={item.key}>
            <ItemFields
              item={item}
              index={index}
              count={items.length}
              errors={errors[item.key] ?? {}}
              controlId={controlId}
              onChange={(patch) => list.update(item.key, patch)}
              onMove={(delta) => list.move(index, delta)}
              onRemove={() => list.remove(index)}
            />
          </li>
        ))}
      </ol>
      <button type="button" id={addButtonId} className="btn-secondary" onClick={list.add}>
        <Plus className="size-4" aria-hidden />
        Add item
      </button>
      <p className="sr-only" aria-live="polite">
        {list.announcement}
      </p>
    </section>
  );
}
