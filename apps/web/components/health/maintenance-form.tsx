"use client";

import { useQueryClient } from "@tanstack/react-query";
import { createMaintenanceAction } from "@/app/(dashboard)/services/[slug]/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";

/** The browser gives local time without a zone; send it as an ISO instant. */
function toIso(form: FormData): FormData {
  const local = String(form.get("endsAtLocal") ?? "");
  form.set("endsAt", local ? new Date(local).toISOString() : "");
  return form;
}

/** Put one check into maintenance now, until a chosen end, with a reason for the record. */
export function MaintenanceForm({ checkId, slug, onDone }: { checkId: string; slug: string; onDone: () => void }) {
  const qc = useQueryClient();
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: fe,
  } = useFormAction(
    (prev, form) => createMaintenanceAction(prev, toIso(form)),
    async () => {
      await qc.invalidateQueries({ queryKey: ["service-health", slug] });
      onDone();
    },
  );
  const id = (n: string) => `${checkId}-${n}`;
  return (
    <form
      onSubmit={onSubmit}
      className="mt-2 grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-2 dark:border-slate-700"
      noValidate
    >
      <input type="hidden" name="checkId" value={checkId} />
      <Field label="Ends at (your local time)" name="endsAtLocal" id={id("end")} errors={fe.endsAt}>
        <input id={id("end")} name="endsAtLocal" type="datetime-local" className="input" />
      </Field>
      <Field label="Reason" name="reason" id={id("reason")} errors={fe.reason}>
        <input id={id("reason")} name="reason" className="input" autoComplete="off" />
      </Field>
      <SubmitRow pending={pending} label="Start maintenance" busy="Starting…" state={state} className="px-2.5 py-1" />
    </form>
  );
}
