"use client";

import { Check, Minus, X } from "lucide-react";
import { type KeyboardEvent, useRef } from "react";
import type { Outcome } from "@/lib/checklists/answers";

export const OUTCOMES: { value: Outcome; label: string; Icon: typeof Check; on: string }[] = [
  {
    value: "DONE",
    label: "Done",
    Icon: Check,
    on: "border-emerald-700 bg-emerald-700 text-white dark:border-emerald-400",
  },
  {
    value: "NOT_DONE",
    label: "Not done",
    Icon: X,
    on: "border-red-700 bg-red-700 text-white dark:border-red-400",
  },
  {
    value: "NA",
    label: "N/A",
    Icon: Minus,
    on: "border-slate-600 bg-slate-600 text-white dark:border-slate-300",
  },
];

const OFF =
  "border-slate-300 bg-white text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";

type Props = { labelledBy: string; value: Outcome | null; onChoose: (o: Outcome) => void };

/**
 * Done / Not done / N/A as one radio group of big buttons. Tab reaches the group once; the arrow keys
 * move between the buttons and Space or Enter chooses, so moving through never answers by accident.
 */
export function OutcomeChoice({ labelledBy, value, onChoose }: Props) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const focusable = Math.max(
    0,
    OUTCOMES.findIndex((o) => o.value === value),
  );
  function onKeyDown(e: KeyboardEvent, i: number) {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    const to = step
      ? (i + step + OUTCOMES.length) % OUTCOMES.length
      : e.key === "Home"
        ? 0
        : e.key === "End"
          ? 2
          : null;
    if (to === null) return;
    e.preventDefault();
    refs.current[to]?.focus();
  }
  return (
    <div role="radiogroup" aria-labelledby={labelledBy} className="grid grid-cols-3 gap-2">
      {OUTCOMES.map(({ value: v, label, Icon, on }, i) => (
        // biome-ignore lint/a11y/useSemanticElements: native radios answer on every arrow key; these buttons answer only when pressed
        <button
          key={v}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="radio"
          aria-checked={value === v}
          tabIndex={i === focusable ? 0 : -1}
          onClick={() => onChoose(v)}
          onKeyDown={(e) => onKeyDown(e, i)}
          className={`inline-flex min-h-11 min-w-0 items-center justify-center gap-1.5 rounded-md border px-2 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:focus-visible:outline-sky-400 ${value === v ? on : OFF}`}
        >
          <Icon className="size-4 shrink-0" aria-hidden />
          <span className="truncate">{label}</span>
        </button>
      ))}
    </div>
  );
}
