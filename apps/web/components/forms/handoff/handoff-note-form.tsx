"use client";

import type { HandoffNoteDto } from "@opsdeck/core/handoff/dto";
import { useRouter } from "next/navigation";
import { writeHandoffNoteAction } from "@/app/(dashboard)/schedules/[id]/handoff/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { Time } from "@/components/ui/time";

const MAX_NOTE = 2000;
const nameOf = (u: { email: string; name: string | null } | null) => (u ? (u.name ?? u.email) : "nobody");

/** One layer's next handoff, and the note the outgoing person leaves for it. */
export function HandoffNoteForm({ scheduleId, handoff: h }: { scheduleId: string; handoff: HandoffNoteDto }) {
  const router = useRouter();
  const { state, pending, onSubmit, fieldErrors: fe } = useFormAction(writeHandoffNoteAction, () => router.refresh());
  const id = `note-${h.layer}`;
  return (
    <form onSubmit={onSubmit} className="card space-y-3 p-4" noValidate aria-label={`Handoff note for ${h.layer}`}>
      <h2 className="font-semibold">{h.layer}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {h.handoffAt ? (
          <>
            Next handoff <Time iso={h.handoffAt} />: from {nameOf(h.from)} to{" "}
            <strong className="text-slate-900 dark:text-slate-100">{nameOf(h.to)}</strong>, who receives the open
            incidents and this note through their contact methods.
          </>
        ) : (
          "Nobody holds this layer now or later: there is no handoff to write for."
        )}
      </p>
      <input type="hidden" name="scheduleId" value={scheduleId} />
      <input type="hidden" name="layer" value={h.layer} />
      <Field
        label="Note for the next handoff"
        name="note"
        id={id}
        errors={fe.note ?? fe.layer}
        hint={
          h.mayEdit
            ? `At most ${MAX_NOTE} characters; leave it empty to send none.`
            : "Only the person on call on this layer now, or an admin, writes it."
        }
      >
        <textarea
          id={id}
          name="note"
          rows={5}
          className="input"
          defaultValue={h.note}
          readOnly={!h.mayEdit}
          key={`${h.handoffAt}:${h.updatedAt}`}
        />
      </Field>
      {h.author && h.updatedAt && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Last written by {h.author}, <Time iso={h.updatedAt} />
        </p>
      )}
      {h.mayEdit && h.handoffAt && <SubmitRow pending={pending} label="Save note" busy="Saving…" state={state} />}
    </form>
  );
}
