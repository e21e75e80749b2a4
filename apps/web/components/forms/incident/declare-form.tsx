"use client";

import type { ServiceSummaryDto, UserRef } from "@opsdeck/core";
import { formatMinutes, type SeverityPolicyDto } from "@opsdeck/core/severity/policy";
import { declareIncidentAction } from "@/app/(dashboard)/incidents/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { personName } from "@/components/incidents/format";
import { Field } from "@/components/ui/field";
import { LocalDateTime } from "./local-date-time";

type Props = {
  services: Pick<ServiceSummaryDto, "slug" | "name">[];
  people: UserRef[];
  me: { id: string };
  /** Each severity's meaning and targets, P0 first. */
  policy: SeverityPolicyDto[];
  /** Slug of the service to tick, when declared from its page. */
  preselected?: string;
};

const Errors = ({ id, errors }: { id: string; errors?: string[] }) =>
  errors?.map((e) => (
    <p key={e} id={`${id}-error`} role="alert" className="text-xs text-red-600 dark:text-red-400">
      {e}
    </p>
  ));

/** Title, severity, affected services, summary, commander and (if earlier) when it was detected. */
/** "Respond within 15 min, resolve within 4 h; an update every 1 h." */
const targets = (p: SeverityPolicyDto) =>
  `Respond within ${formatMinutes(p.responseMinutes)}, resolve within ${formatMinutes(p.resolveMinutes)}` +
  (p.updateCadenceMinutes ? `; an update every ${formatMinutes(p.updateCadenceMinutes)}.` : ".");

export function DeclareIncidentForm({ services, people, me, policy, preselected }: Props) {
  const { state, pending, onSubmit, fieldErrors: fe } = useFormAction(declareIncidentAction);
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" aria-label="Declare incident" noValidate>
      <div className="sm:col-span-2">
        <Field label="Title" name="title" errors={fe.title} hint="What is broken, as users see it.">
          <input id="title" name="title" className="input" autoComplete="off" maxLength={200} />
        </Field>
      </div>
      <fieldset className="space-y-2 sm:col-span-2">
        <legend className="mb-1 text-sm font-medium">Severity</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {policy.map((p) => (
            <label
              key={p.severity}
              className="card flex cursor-pointer gap-2 p-3 text-sm has-[:checked]:border-emerald-600 has-[:checked]:ring-1 has-[:checked]:ring-emerald-600"
            >
              <input
                type="radio"
                name="severity"
                value={p.severity}
                defaultChecked={p.severity === "P2"}
                className="mt-0.5"
              />
              <span>
                <span className="font-semibold">
                  {p.severity} – {p.name}
                </span>
                <span className="block text-xs text-slate-500 dark:text-slate-400">
                  {p.criteria.join(", ")}. {targets(p)}
                </span>
              </span>
            </label>
          ))}
        </div>
        <Errors id="severity" errors={fe.severity} />
      </fieldset>
      <fieldset className="space-y-1 sm:col-span-2">
        <legend className="mb-1 text-sm font-medium">Affected services</legend>
        <div className="card grid max-h-56 gap-1 overflow-y-auto p-2 sm:grid-cols-2">
          {services.map((s) => (
            <label
              key={s.slug}
              className="flex items-center gap-2 rounded px-2 py-1.5 text-sm hover:bg-slate-50 dark:hover:bg-slate-800"
            >
              <input type="checkbox" name="services" value={s.slug} defaultChecked={s.slug === preselected} />
              {s.name}
            </label>
          ))}
          {services.length === 0 && (
            <p className="p-2 text-sm text-slate-500 dark:text-slate-400">Add a service first.</p>
          )}
        </div>
        <Errors id="services" errors={fe.services} />
      </fieldset>
      <Field label="Commander" name="commanderId" errors={fe.commanderId}>
        <select id="commanderId" name="commanderId" className="input" defaultValue={me.id}>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {personName(p)}
              {p.id === me.id ? " (me)" : ""}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Detected at (blank for now)" name="detectedAt" id="detectedAt-local" errors={fe.detectedAt}>
        <LocalDateTime id="detectedAt-local" name="detectedAt" invalid={Boolean(fe.detectedAt)} />
      </Field>
      <div className="sm:col-span-2">
        <Field label="Summary (optional)" name="summary" errors={fe.summary}>
          <textarea id="summary" name="summary" rows={3} className="input" maxLength={5000} />
        </Field>
      </div>
      <SubmitRow pending={pending} label="Declare incident" busy="Declaring…" state={state} />
    </form>
  );
}
