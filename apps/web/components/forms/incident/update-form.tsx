"use client";

import { postIncidentUpdateAction } from "@/app/(dashboard)/incidents/[number]/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { Field } from "@/components/ui/field";
import { LocalDateTime } from "./local-date-time";
import { useIncidentForm } from "./use-incident-form";

const STATUSES = [
  ["INVESTIGATING", "Investigating"],
  ["IDENTIFIED", "Identified"],
  ["MONITORING", "Monitoring"],
  ["RESOLVED", "Resolved"],
] as const;

/** The runbook's update template: status, impact, next update / ETA, details. */
export function IncidentUpdateForm({ number, status }: { number: number; status: string }) {
  const { state, pending, onSubmit, fieldErrors: fe, round } = useIncidentForm(postIncidentUpdateAction, number);
  const next = STATUSES[Math.min(STATUSES.findIndex(([s]) => s === status) + 1, STATUSES.length - 1)]?.[0];
  const id = (name: string) => `update-${name}`;
  return (
    <form key={round} onSubmit={onSubmit} className="flex flex-col gap-3" aria-label="Post an update" noValidate>
      <input type="hidden" name="number" value={number} />
      <Field label="Status" name="status" id={id("status")} errors={fe.status}>
        <select id={id("status")} name="status" className="input" defaultValue={next}>
          {STATUSES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Impact" name="impact" id={id("impact")} errors={fe.impact} hint="Who is affected, and how.">
        <input id={id("impact")} name="impact" className="input" autoComplete="off" maxLength={1000} />
      </Field>
      <Field label="Next update / ETA" name="nextUpdateAt" id={id("next")} errors={fe.nextUpdateAt}>
        <LocalDateTime id={id("next")} name="nextUpdateAt" invalid={Boolean(fe.nextUpdateAt)} />
      </Field>
      <Field label="Details" name="message" id={id("message")} errors={fe.message}>
        <textarea id={id("message")} name="message" rows={3} className="input" maxLength={5000} />
      </Field>
      <SubmitRow pending={pending} label="Post update" busy="Posting…" state={state} />
    </form>
  );
}
