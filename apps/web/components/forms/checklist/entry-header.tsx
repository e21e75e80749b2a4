"use client";

import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import type { ReactNode } from "react";
import type { ItemControlId } from "./use-item-list";

type ButtonProps = { id?: string; label: string; disabled: boolean; onClick: () => void; children: ReactNode };

/** An icon button named by its label, which is also its tooltip. */
function ItemButton({ id, label, disabled, onClick, children }: ButtonProps) {
  return (
    <button
      type="button"
      id={id}
      className="btn-secondary size-9 p-0 disabled:border-slate-200 disabled:text-slate-300 dark:disabled:border-slate-800 dark:disabled:text-slate-600"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

type Props = {
  /** What an entry is called: "Item", "Step". */
  noun: string;
  entryKey: string;
  index: number;
  count: number;
  controlId: ItemControlId;
  canRemove: boolean;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

/** An edited list entry's legend, number and buttons to move it up, down or remove it. */
export function EntryHeader({ noun, entryKey, index, count, controlId, canRemove, onMove, onRemove }: Props) {
  const n = index + 1;
  const lower = noun.toLowerCase();
  return (
    <>
      <legend className="sr-only">
        {noun} {n}
      </legend>
      <div className="mb-2 flex items-center justify-between gap-2">
        <span className="text-sm font-semibold" aria-hidden>
          {noun} {n}
        </span>
        <div className="flex gap-1">
          <ItemButton
            id={controlId(entryKey, "up")}
            label={`Move ${lower} ${n} up`}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            <ArrowUp className="size-4" aria-hidden />
          </ItemButton>
          <ItemButton
            id={controlId(entryKey, "down")}
            label={`Move ${lower} ${n} down`}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <ArrowDown className="size-4" aria-hidden />
          </ItemButton>
          <ItemButton label={`Remove ${lower} ${n}`} disabled={!canRemove} onClick={onRemove}>
            <Trash2 className="size-4" aria-hidden />
          </ItemButton>
        </div>
      </div>
    </>
  );
}
