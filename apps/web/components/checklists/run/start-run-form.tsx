"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { startPreDeployRunAction } from "@/app/(dashboard)/checklists/[slug]/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { runKey } from "./keys";

/** A pre-deploy checklist's runs start by hand, one per deploy, named by a label. */
export function StartRunForm({ slug }: { slug: string }) {
  const qc = useQueryClient();
  const ref = useRef<HTMLFormElement>(null);
  const { state, pending, onSubmit, fieldErrors } = useFormAction(startPreDeployRunAction, (_form, s) => {
    if (s.run) qc.setQueryData(runKey(slug), s.run);
    ref.current?.reset();
  });
  return (
    <form ref={ref} onSubmit={onSubmit} className="card flex min-w-0 flex-col gap-3 p-4" aria-label="Start a run">
      <h2 className="font-semibold">Start a run</h2>
      <input type="hidden" name="slug" value={slug} />
      <Field label="Label" name="label" hint="What you are deploying, e.g. deploy-2048" errors={fieldErrors.label}>
        <input
          id="label"
          name="label"
          className="input"
          placeholder="deploy-2048"
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <SubmitRow pending={pending} label="Start run" busy="Starting…" state={state} className="min-h-11" />
    </form>
  );
}
