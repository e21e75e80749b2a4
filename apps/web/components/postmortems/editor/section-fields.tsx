"use client";

import type { PostmortemDto } from "@opsdeck/core";
import {
  FIELD_LABELS,
  type PostmortemNumberField,
  POSTMORTEM_SECTIONS,
  type PostmortemTextField,
  SECTION_MAX,
} from "@opsdeck/core/postmortem/fields";
import { Field } from "@/components/ui/field";
import { ConflictPanel } from "./conflict-panel";
import { SaveIndicator } from "./save-indicator";
import type { useAutosave } from "./use-autosave";

const HINTS: Partial<Record<PostmortemTextField, string>> = {
  impact: "Who was affected and how; needed to publish.",
  timeline: "One line per event, each with its time. Copied from the incident: edit freely.",
  trigger: "What set it off.",
  rootCause: "What went wrong underneath; needed to publish.",
  resolution: "How it was fixed.",
};
const ROWS: Partial<Record<PostmortemTextField, number>> = { timeline: 8, summary: 3 };

const NUMBERS: [PostmortemNumberField, string, "numeric" | "decimal"][] = [
  ["usersAffected", "Users affected", "numeric"],
  ["revenueLostCents", "Revenue lost ($)", "decimal"],
];

/** Every section of the template as a text box, saved as you type. */
export function SectionFields({ pm, autosave }: { pm: PostmortemDto; autosave: ReturnType<typeof useAutosave> }) {
  const { values, change, fieldErrors: fe, conflict, settle, status, unsaved } = autosave;
  const id = (f: string) => `pm-${f}`;
  return (
    <form className="flex flex-col gap-4" aria-label="Postmortem" onSubmit={(e) => e.preventDefault()}>
      <div className="sticky top-14 z-10 -mx-1 flex items-center justify-between gap-2 rounded-md bg-slate-50/95 px-1 py-1 backdrop-blur lg:top-0 dark:bg-slate-950/95">
        <SaveIndicator status={status} unsaved={unsaved} />
        <span className="text-xs text-slate-500 dark:text-slate-400">Version {pm.version}</span>
      </div>
      {conflict && <ConflictPanel conflict={conflict} mine={values} onSettle={settle} />}
      <div className="card grid gap-4 p-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <Field label="Title" name="title" id={id("title")} errors={fe.title}>
            <input
              id={id("title")}
              className="input"
              value={values.title}
              maxLength={200}
              onChange={(e) => change("title", e.target.value)}
            />
          </Field>
        </div>
        {NUMBERS.map(([f, label, mode]) => (
          <Field key={f} label={label} name={f} id={id(f)} errors={fe[f]} hint="Blank if unknown">
            <input
              id={id(f)}
              className="input"
              inputMode={mode}
              value={values[f]}
              onChange={(e) => change(f, e.target.value)}
            />
          </Field>
        ))}
      </div>
      {POSTMORTEM_SECTIONS.map((f) => (
        <section key={f} className="card p-4">
          <Field label={FIELD_LABELS[f]} name={f} id={id(f)} errors={fe[f]} hint={HINTS[f]}>
            <textarea
              id={id(f)}
              className={`input ${f === "timeline" ? "font-mono text-xs sm:text-sm" : ""}`}
              rows={ROWS[f] ?? 4}
              maxLength={SECTION_MAX}
              value={values[f]}
              onChange={(e) => change(f, e.target.value)}
            />
          </Field>
        </section>
      ))}
    </form>
  );
}
