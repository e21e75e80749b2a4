"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { type CreateCheckState, createCheckAction } from "@/app/(dashboard)/services/[slug]/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
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

/** Add a check to this service; the worker picks it up within seconds. */
export function CreateCheckForm({ serviceId, slug }: { serviceId: string; slug: string }) {
  const [kind, setKind] = useState("HTTP");
  const qc = useQueryClient();
  const ref = useRef<HTMLFormElement>(null);
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: fe,
  } = useFormAction(createCheckAction, async () => {
    ref.current?.reset();
    await qc.invalidateQueries({ queryKey: ["service-health", slug] });
  });
  const ping = (state as CreateCheckState).pingPath;
  return (
    <form ref={ref} onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate>
      <input type="hidden" name="serviceId" value={serviceId} />
      <Field label="Kind" name="kind" errors={fe.kind}>
        <select id="kind" name="kind" className="input" value={kind} onChange={(e) => setKind(e.target.value)}>
          {KINDS.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Name" name="name" errors={fe.name}>
        <input id="name" name="name" className="input" autoComplete="off" />
      </Field>
      <RunFields kind={kind} fe={fe} />
      <KindFields key={kind} kind={kind} fe={fe} />
      {fe.serviceId && (
        <p role="alert" className="text-xs text-red-600 sm:col-span-2 dark:text-red-400">
          {fe.serviceId.join(" ")}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Adding…" : "Add check"}
        </button>
        <FormMessage state={state} />
      </div>
      {state.ok && ping && <PingUrl path={ping} />}
    </form>
  );
}
