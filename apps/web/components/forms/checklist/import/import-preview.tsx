"use client";

import type { ImportResultDto } from "@opsdeck/core";
import { useState } from "react";
import { importChecklistsAction } from "@/app/(dashboard)/checklists/import/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { FoundChecklist } from "./found-checklist";
import { SkippedLists } from "./skipped-lists";

/** What was previewed: creating sends exactly this, so the indexes chosen mean the same lists. */
export type ImportRequest = { markdown: string; source: string; timeZone: string };

type Props = {
  preview: ImportResultDto;
  request: ImportRequest;
  /** The text or settings changed since the preview. */
  stale: boolean;
  onCreated: (result: ImportResultDto) => void;
};

const plural = (n: number) => `${n} checklist${n === 1 ? "" : "s"}`;

/** The checklists found, each with a box to include it; nothing is created before the button. */
export function ImportPreview({ preview, request, stale, onCreated }: Props) {
  const [chosen, setChosen] = useState(() => new Set(preview.checklists.map((c) => c.index)));
  const { state, pending, onSubmit } = useFormAction(importChecklistsAction, (_form, next) => {
    if (next.result) onCreated(next.result);
  });
  const found = preview.checklists;
  function choose(index: number, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(index);
    else next.delete(index);
    setChosen(next);
  }
  return (
    <section aria-labelledby="import-found" className="space-y-4">
      <h2 id="import-found" className="text-lg font-semibold">
        {found.length ? `Found ${plural(found.length)}` : "No checklists found"}
      </h2>
      {found.length === 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          A checklist is a list (- item, 1. item or - [ ] item) under a heading or bold label that names its cadence:
          daily, weekly, monthly, quarterly or pre-deploy.
        </p>
      )}
      {found.length > 0 && (
        <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Create checklists">
          <input type="hidden" name="markdown" value={request.markdown} />
          <input type="hidden" name="source" value={request.source} />
          <input type="hidden" name="timeZone" value={request.timeZone} />
          <input type="hidden" name="dryRun" value="false" />
          <ul className="grid gap-3 lg:grid-cols-2">
            {found.map((c) => (
              <FoundChecklist
                key={c.index}
                checklist={c}
                chosen={chosen.has(c.index)}
                onChosen={(on) => choose(c.index, on)}
              />
            ))}
          </ul>
          {stale && (
            <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
              The runbook or settings changed since this preview: preview again to create from them.
            </p>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className="btn-primary" disabled={pending || stale || chosen.size === 0}>
              {pending ? "Creating…" : `Create ${plural(chosen.size)}`}
            </button>
            <FormMessage state={state} />
          </div>
        </form>
      )}
      <SkippedLists skipped={preview.skipped} />
    </section>
  );
}
