"use client";

import type { CheckDto } from "@opsdeck/core/check/index";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { createCheckAction, updateCheckAction } from "@/app/(dashboard)/services/[slug]/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { checkFormValues } from "./check-values";
import { type CheckFieldCtx, fieldId } from "./field-context";
import { KindFields } from "./kind-fields";
import { PingUrl } from "./ping-url";
import { RunFields } from "./run-fields";

const KINDS = [
  ["HTTP", "HTTP"],
  ["TCP", "TCP"],
  ["DNS", "DNS"],
  ["TLS", "TLS certificate"],
  ["POSTGRES", "Postgres"],
  ["STRIPE", "Stripe"],
  ["HEARTBEAT", "Heartbeat"],
] as const;

const NO_VALUES: Record<string, string> = {};

type Props = {
  serviceId: string;
  slug: string;
  /** Edit this check instead of adding one: the form starts from its stored settings. */
  check?: CheckDto;
  onSaved?: () => void;
};

/** Add a check to this service, or edit one; the worker picks the change up within seconds. */
export function CreateCheckForm({ serviceId, slug, check, onSaved }: Props) {
  const stored = check ? checkFormValues(check) : NO_VALUES;
  const [kind, setKind] = useState(check?.kind ?? "HTTP");
  const qc = useQueryClient();
  const ref = useRef<HTMLFormElement>(null);
  const { state, pending, onSubmit, fieldErrors } = useFormAction(check ? updateCheckAction : createCheckAction, async () => {
    if (!check) ref.current?.reset();
    await qc.invalidateQueries({ queryKey: ["service-health", slug] });
    onSaved?.();
  });
  const kindChanged = check !== undefined && kind !== check.kind;
  // Config values belong to the stored kind; another kind starts blank.
  const values = kindChanged ? Object.fromEntries(Object.entries(stored).filter(([k]) => !k.startsWith("config."))) : stored;
  const f: CheckFieldCtx = { fe: fieldErrors, values, prefix: check ? `check-${check.id}-` : "" };
  const fe = fieldErrors;
  const ping = "pingPath" in state ? (state.pingPath as string | null) : null;
  return (
    <form
      ref={ref}
      onSubmit={onSubmit}
      className="grid gap-3 sm:grid-cols-2"
      noValidate
      aria-label={check ? `Edit ${check.name}` : "Add check"}
    >
      {check ? <input type="hidden" name="id" value={check.id} /> : <input type="hidden" name="serviceId" value={serviceId} />}
      <Field label="Kind" name="kind" id={fieldId(f, "kind")} errors={fe.kind}>
        <select id={fieldId(f, "kind")} name="kind" className="input" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          {KINDS.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Name" name="name" id={fieldId(f, "name")} errors={fe.name}>
        <input id={fieldId(f, "name")} name="name" className="input" autoComplete="off" defaultValue={values.name} />
      </Field>
      {kindChanged && (
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 sm:col-span-2 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-200"
        >
          Changing the kind from {check.kind} to {kind} restarts this check&apos;s history: its results, uptime and state
          changes are deleted when you save.
        </p>
      )}
      <RunFields kind={kind} f={f} />
      <KindFields key={kind} kind={kind} fe={f} />
      {fe.serviceId && (
        <p role="alert" className="text-xs text-red-600 sm:col-span-2 dark:text-red-400">
          {fe.serviceId.join(" ")}
        </p>
      )}
      <SubmitRow pending={pending} label={check ? "Save check" : "Add check"} busy={check ? "Saving…" : "Adding…"} state={state}>
        {check && onSaved && (
          <button type="button" className="btn-secondary" onClick={onSaved}>
            Cancel
          </button>
        )}
      </SubmitRow>
      {state.ok && ping && <PingUrl path={ping} />}
    </form>
  );
}
