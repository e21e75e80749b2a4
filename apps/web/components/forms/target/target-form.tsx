"use client";

import type { TargetDto } from "@opsdeck/core";
import { TARGET_KINDS } from "@opsdeck/core/action/kinds";
import { CREDENTIAL, restartEnvName } from "@opsdeck/core/action/target-labels";
import type { TargetKind } from "@opsdeck/db";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createTargetAction, updateTargetAction } from "@/app/(dashboard)/actions/targets/actions";
import { TARGET_KIND_LABEL } from "@/components/actions/format";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { ConfigFields } from "./config-fields";

type Props = { target?: TargetDto; services: { id: string; name: string }[] };

/**
 * Add a target, or edit one (its kind stays). The credential is write-only: never shown or
 * prefilled; left empty on an edit, the stored one is kept.
 */
export function TargetForm({ target, services }: Props) {
  const [kind, setKind] = useState<TargetKind>(target?.kind ?? "RELEASES");
  const [name, setName] = useState(target?.name ?? "");
  const router = useRouter();
  // An edit stays on the page, which reads the saved target again; adding one goes to its page.
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: fe,
  } = useFormAction(target ? updateTargetAction : createTargetAction, () => router.refresh());
  const credential = CREDENTIAL[kind];
  return (
    <form
      onSubmit={onSubmit}
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      aria-label={target ? "Edit target" : "Add target"}
    >
      {target && <input type="hidden" name="id" value={target.id} />}
      <Field label="Name" name="name" id="target-name" errors={fe.name}>
        <input
          id="target-name"
          name="name"
          className="input"
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      {target ? (
        <div className="space-y-1 text-sm">
          <p className="font-medium">Kind</p>
          <p className="py-2">{TARGET_KIND_LABEL[kind]}</p>
        </div>
      ) : (
        <Field label="Kind" name="kind" id="target-kind" errors={fe.kind}>
          <select
            id="target-kind"
            name="kind"
            className="input"
            value={kind}
            onChange={(e) => setKind(e.target.value as TargetKind)}
          >
            {TARGET_KINDS.map((k) => (
              <option key={k} value={k}>
                {TARGET_KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field
        label="Service"
        name="serviceId"
        id="target-service"
        errors={fe.serviceId}
        hint="Its page and its incidents offer this target's actions."
      >
        <select id="target-service" name="serviceId" className="input" defaultValue={target?.service?.id ?? ""}>
          <option value="">No service</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      <ConfigFields kind={kind} config={target?.config ?? {}} fe={fe} />
      {kind === "RELEASES" && (
        <p className="text-sm text-slate-600 sm:col-span-2 dark:text-slate-400">
          The command that restarts the app after a switch is never set here: put it in the server's environment as{" "}
          <code className="rounded bg-slate-100 px-1 font-mono text-xs dark:bg-slate-800">
            {restartEnvName(name || "name")}
          </code>
          . Without it only the <code className="font-mono text-xs">current</code> symlink is switched.
        </p>
      )}
      {credential && (
        <Field
          label={credential}
          name="credential"
          id="target-credential"
          errors={fe.credential ?? fe.secret}
          hint={target?.hasCredential ? "Set. Leave empty to keep it." : "Stored encrypted; never shown again."}
        >
          <input
            id="target-credential"
            name="credential"
            type="password"
            className="input font-mono"
            autoComplete="new-password"
            spellCheck={false}
          />
        </Field>
      )}
      <label className="flex items-start gap-2 text-sm sm:col-span-2">
        <input
          type="checkbox"
          name="requireApproval"
          defaultChecked={target?.requireApproval ?? false}
          className="mt-1"
        />
        <span>
          <span className="font-medium">Two-person rule</span>
          <span className="block text-slate-600 dark:text-slate-400">
            Rollbacks and restores wait for a second person's approval.
          </span>
        </span>
      </label>
      <SubmitRow pending={pending} label={target ? "Save target" : "Add target"} busy="Saving…" state={state} />
    </form>
  );
}
