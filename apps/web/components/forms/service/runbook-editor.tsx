"use client";

import { useState } from "react";
import { MarkdownText } from "@/components/services/markdown-text";
import { Field } from "@/components/ui/field";

/** The runbook's Markdown, with a preview rendered exactly as the service page shows it. */
export function RunbookEditor({ id, defaultValue, errors }: { id: string; defaultValue: string; errors?: string[] }) {
  const [text, setText] = useState(defaultValue);
  const [preview, setPreview] = useState(false);
  return (
    <div className="space-y-2 sm:col-span-2">
      <div className="flex items-center justify-between gap-2">
        <span className="text-sm font-medium">Runbook (Markdown)</span>
        <div role="tablist" aria-label="Runbook view" className="flex gap-1 text-xs">
          {(["Write", "Preview"] as const).map((tab) => (
            <button
              key={tab}
              type="button"
              role="tab"
              aria-selected={preview === (tab === "Preview")}
              className={`rounded px-2 py-1 ${preview === (tab === "Preview") ? "bg-slate-200 font-medium dark:bg-slate-700" : "text-slate-600 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800"}`}
              onClick={() => setPreview(tab === "Preview")}
            >
              {tab}
            </button>
          ))}
        </div>
      </div>
      {/* The textarea stays in the form while previewing, so its text is always submitted. */}
      <div hidden={preview}>
        <Field label="Runbook text" name="runbookMd" id={id} errors={errors} hint="Headings (#), lists (-, 1.), `code`, **bold** and ``` blocks.">
          <textarea
            id={id}
            name="runbookMd"
            rows={10}
            className="input font-mono text-xs"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={errors ? true : undefined}
          />
        </Field>
      </div>
      {preview && (
        <div role="tabpanel" aria-label="Runbook preview" className="min-h-24 rounded-md border border-slate-200 p-3 dark:border-slate-700">
          {text.trim() ? <MarkdownText source={text} /> : <p className="text-sm text-slate-500 dark:text-slate-400">Nothing written yet.</p>}
        </div>
      )}
    </div>
  );
}
