"use client";

import type { ChecklistRunDto } from "@opsdeck/core";
import { useQueryClient } from "@tanstack/react-query";
import { signOffChecklistRunAction } from "@/app/(dashboard)/checklists/[slug]/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Dialog } from "@/components/ui/dialog";
import { runKey } from "./keys";

type Props = { run: ChecklistRunDto; note: string; signer: string; onClose: () => void; onSigned: () => void };

/** The confirmation step: names the run and what signing means, then signs. */
export function SignOffDialog({ run, note, signer, onClose, onSigned }: Props) {
  const qc = useQueryClient();
  const { state, pending, onSubmit } = useFormAction(signOffChecklistRunAction, (_form, s) => {
    if (s.run) qc.setQueryData(runKey(run.checklist.slug), s.run);
    onSigned();
  });
  const { done, notDone, na } = run.counts;
  return (
    <Dialog title={`Sign off ${run.checklist.name} for ${run.periodKey}?`} onClose={onClose}>
      <form onSubmit={onSubmit} className="flex flex-col gap-3 text-sm">
        <input type="hidden" name="slug" value={run.checklist.slug} />
        <input type="hidden" name="runId" value={run.id} />
        <input type="hidden" name="note" value={note} />
        <p>
          {done} done, {notDone} not done, {na} N/A. You sign as <strong>{signer}</strong>; the evidence is checked once
          more, and the run is then frozen.
        </p>
        {note.trim() && <p className="whitespace-pre-wrap break-words">Note: {note.trim()}</p>}
        <FormMessage state={state} />
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" className="btn-secondary min-h-11" onClick={onClose} disabled={pending}>
            Cancel
          </button>
          <button type="submit" className="btn-primary min-h-11" disabled={pending}>
            {pending ? "Signing off…" : "Sign off"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
