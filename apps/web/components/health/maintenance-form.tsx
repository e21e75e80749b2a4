"use client";

import { zoneLabel } from "@opsdeck/core/time/format";
import { wallTimeToIso } from "@opsdeck/core/time/wall-time";
import { useQueryClient } from "@tanstack/react-query";
import { createMaintenanceAction } from "@/app/(dashboard)/services/[slug]/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { useTimeZone } from "@/components/shell/time-zone";
import { Field } from "@/components/ui/field";

/** The input gives a wall time without a zone: read it in the zone times are shown in, send an ISO instant. */
function toIso(form: FormData, zone: string): FormData {
  const local = String(form.get("endsAtLocal") ?? "");
  form.set("endsAt", local ? (wallTimeToIso(local, zone) ?? local) : "");
  return form;
}

/** Put one check into maintenance now, until a chosen end, with a reason for the record. */
export function MaintenanceForm({ checkId, slug, onDone }: { checkId: string; slug: string; onDone: () => void }) {
  const qc = useQueryClient();
  const zone = useTimeZone();
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: fe,
  } = useFormAction(
    (prev, form) => createMaintenanceAction(prev, toIso(form, zone)),
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
      <Field label={`Ends at (${zoneLabel(Date.now(), zone)})`} name="endsAtLocal" id={id("end")} errors={fe.endsAt}>
        <input id={id("end")} name="endsAtLocal" type="datetime-local" className="input" />
      </Field>
      <Field label="Reason" name="reason" id={id("reason")} errors={fe.reason}>
        <input id={id("reason")} name="reason" className="input" autoComplete="off" />
      </Field>
      <SubmitRow pending={pending} label="Start maintenance" busy="Starting…" state={state} className="px-2.5 py-1" />
    </form>
  );
}
