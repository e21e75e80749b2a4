"use client";

import type { PostmortemConflict } from "@opsdeck/core";
import { FIELD_LABELS, type PostmortemField } from "@opsdeck/core/postmortem/fields";
import { toInput } from "./wire";

type Props = {
  conflict: PostmortemConflict;
  mine: Record<PostmortemField, string>;
  onSettle: (field: PostmortemField, keep: "mine" | "theirs") => void;
};

const Text = ({ label, text }: { label: string; text: string }) => (
  <div className="min-w-0">
    <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</p>
    <pre
      // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls, so the keyboard must reach it
      tabIndex={0}
      className="max-h-60 overflow-auto rounded-md border border-slate-200 bg-slate-50 p-2 font-sans text-sm whitespace-pre-wrap wrap-anywhere dark:border-slate-700 dark:bg-slate-950"
    >
      {text || "(empty)"}
    </pre>
  </div>
);

/** Someone else saved these fields while you were typing: both texts side by side, settled one field at a time. */
export function ConflictPanel({ conflict, mine, onSettle }: Props) {
  const fields = Object.keys(conflict.fields) as PostmortemField[];
  return (
    <section
      aria-label="Conflicting edits"
      className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-500/40 dark:bg-amber-500/10"
    >
      <h2 className="font-semibold">
        Someone else changed {fields.length === 1 ? "a section" : "sections"} you are editing
      </h2>
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
        Nothing was overwritten. For each section, keep your text (it replaces theirs) or take theirs.
      </p>
      <div className="flex flex-col gap-4">
        {fields.map((f) => (
          <div
            key={f}
            className="rounded-md border border-amber-200 bg-white p-3 dark:border-amber-500/30 dark:bg-slate-900"
          >
            <h3 className="mb-2 text-sm font-semibold">{FIELD_LABELS[f]}</h3>
            <div className="grid gap-3 md:grid-cols-2">
              <Text label="Theirs (saved)" text={toInput(f, conflict.fields[f]?.theirs ?? null)} />
              <Text label="Yours" text={mine[f]} />
            </div>
            <div className="mt-3 flex flex-wrap gap-2">
              <button type="button" className="btn-primary px-2.5 py-1" onClick={() => onSettle(f, "mine")}>
                Keep mine
              </button>
              <button type="button" className="btn-secondary px-2.5 py-1" onClick={() => onSettle(f, "theirs")}>
                Take theirs
              </button>
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
