"use server";

import { createTarget, deleteTarget, renderAutoDeploy, updateTarget } from "@opsdeck/core";
import { redirect } from "next/navigation";
import { actionDeps } from "@/lib/actions/deps";
import { targetInput } from "@/lib/actions/target-input";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";

/** On success it lands on the new target's page. */
export async function createTargetAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = targetInput(form);
  return formAction(async () => {
    const t = await createTarget({ db: db(), ctx, input, key: actionDeps().secretKey });
    redirect(`/actions/targets/${t.id}`);
  });
}

/** The kind cannot change: a target of another kind is another target. */
export async function updateTargetAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const { kind: _kind, ...input } = targetInput(form);
  return formAction(async () => {
    const t = await updateTarget({
      db: db(),
      ctx,
      input: { ...input, id: String(form.get("id") ?? "") },
      key: actionDeps().secretKey,
    });
    return `Saved ${t.name}`;
  });
}

export async function deleteTargetAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    await deleteTarget({ db: db(), ctx, input: { id: String(form.get("id") ?? "") } });
    redirect("/actions");
  });
}

/** Switch a Render service's automatic deploys (off after a rollback, so a push does not redeploy the bad code). */
export async function setAutoDeployAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    const on = form.get("on") === "true";
    const r = await renderAutoDeploy({
      db: db(),
      ctx,
      input: { id: String(form.get("id") ?? ""), on },
      deps: actionDeps(),
    });
    return r.autoDeploy ? "Automatic deploys are on" : "Automatic deploys are off";
  });
}
