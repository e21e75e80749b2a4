"use client";

import { addIncidentNoteAction } from "@/app/(dashboard)/incidents/[number]/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { Field } from "@/components/ui/field";
import { LocalDateTime } from "./local-date-time";
import { useIncidentForm } from "./use-incident-form";

/** A note on the timeline, now or at an earlier time ("14:05 root cause identified"). */
export function IncidentNoteForm({ number }: { number: number }) {
  const { state, pending, onSubmit, fieldErrors: fe, round } = useIncidentForm(addIncidentNoteAction, number);
  return (
    <form key={round} onSubmit={onSubmit} className="flex flex-col gap-3" aria-label="Add a note" noValidate>
      <input type="hidden" name="number" value={number} />
      <Field label="Note" name="text" id="note-text" errors={fe.text}>
        <textarea id="note-text" name="text" rows={2} className="input" maxLength={5000} />
      </Field>
      <Field label="When (blank for now)" name="at" id="note-at" errors={fe.at}>
        <LocalDateTime id="note-at" name="at" invalid={Boolean(fe.at)} />
      </Field>
      <SubmitRow pending={pending} label="Add note" busy="Adding…" state={state} />
    </form>
  );
}
