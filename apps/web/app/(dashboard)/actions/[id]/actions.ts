"use server";

import { approveActionRun, cancelActionRun } from "@opsdeck/core";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";

// Each form names its run in a hidden "id" field; the service parses it.
const id = (form: FormData) => String(form.get("id") ?? "");

export async function approveActionRunAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    const run = await approveActionRun({ db: db(), ctx, input: { id: id(form) } });
    return `Approved run #${run.number}`;
  });
}

export async function cancelActionRunAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    const run = await cancelActionRun({ db: db(), ctx, input: { id: id(form) } });
    return run.status === "CANCELLED" ? `Cancelled run #${run.number}` : `Asked run #${run.number} to stop`;
  });
}
