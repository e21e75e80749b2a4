"use client";

import type { SeverityPolicyDto } from "@opsdeck/core/severity/policy";
import { formatMinutes } from "@opsdeck/core/severity/policy";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { updateSeverityPolicyAction } from "@/app/(dashboard)/settings/severity-policy/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { POLICY_KEY } from "@/components/severity-policy/policy-key";
import { Field } from "@/components/ui/field";

type NumberProps = {
  idp: string;
  name: keyof SeverityPolicyDto;
  label: string;
  initial: number | null;
  errors?: string[];
  /** What the typed number means, shown below it ("Resolve within 4 h of detection"). */
  meaning: (n: number) => string;
  blank?: string;
};

/** A whole-number input that says what the number amounts to while it is typed. */
function NumberField({ idp, name, label, initial, errors, meaning, blank }: NumberProps) {
  const [value, setValue] = useState(initial === null ? "" : String(initial));
  const n = /^\d+$/.test(value) ? Number(value) : null;
  const hint = n !== null && n > 0 ? meaning(n) : value.trim() === "" ? blank : undefined;
  const id = `${idp}-${name}`;
  return (
    <Field label={label} name={name} id={id} errors={errors} hint={hint}>
      <input
        id={id}
        name={name}
        className="input"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={errors?.length ? true : undefined}
      />
    </Field>
  );
}

type NumberName = "responseMinutes" | "resolveMinutes" | "updateCadenceMinutes" | "postmortemDueHours";

const NUMBERS: (Pick<NumberProps, "label" | "meaning" | "blank"> & { name: NumberName })[] = [
  {
    name: "responseMinutes",
    label: "Response target (minutes)",
    meaning: (n) => `Acknowledge within ${formatMinutes(n)} of detection`,
  },
  {
    name: "resolveMinutes",
    label: "Resolve target (minutes)",
    meaning: (n) => `Resolve within ${formatMinutes(n)} of detection`,
  },
  {
    name: "updateCadenceMinutes",
    label: "Status update every (minutes)",
    meaning: (n) => `An update at least every ${formatMinutes(n)} while open`,
    blank: "Blank: no cadence, no “next update” timer",
  },
  {
    name: "postmortemDueHours",
    label: "Postmortem due (hours after resolution)",
    meaning: (n) => `Due ${n} h after resolution, when required`,
  },
];

/** An admin's edit of one severity's targets; every field is saved together. `onDone` closes it. */
export function PolicyForm({ policy: p, onDone }: { policy: SeverityPolicyDto; onDone: () => void }) {
  const qc = useQueryClient();
  const idp = `policy-${p.severity}`;
  const formRef = useRef<HTMLFormElement>(null);
  // Opened by its Edit button: the first field takes the keyboard.
  useEffect(() => formRef.current?.querySelector<HTMLInputElement>("input:not([type=hidden])")?.focus(), []);
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: fe,
  } = useFormAction(updateSeverityPolicyAction, async () => {
    await qc.invalidateQueries({ queryKey: POLICY_KEY, exact: true });
    onDone();
  });
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="grid gap-3 sm:grid-cols-2"
      noValidate
      aria-label={`Edit ${p.severity} policy`}
    >
      <input type="hidden" name="severity" value={p.severity} />
      {NUMBERS.map(({ name, ...f }) => (
        <NumberField key={name} idp={idp} name={name} {...f} initial={p[name]} errors={fe[name]} />
      ))}
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="postmortemRequired" defaultChecked={p.postmortemRequired} />
        <span className="font-medium">Postmortem required</span>
      </label>
      <SubmitRow pending={pending} label={`Save ${p.severity}`} busy="Saving…" state={state}>
        <button type="button" className="btn-secondary" onClick={onDone}>
          Cancel
        </button>
      </SubmitRow>
    </form>
  );
}
