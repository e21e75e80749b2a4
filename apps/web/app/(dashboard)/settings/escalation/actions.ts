"use server";

import { createEscalationPolicy, deleteEscalationPolicy, updateEscalationPolicy } from "@opsdeck/core";
import { revalidatePath } from "next/cache";
import { policyInput, updatePolicyInput } from "@/components/forms/escalation/policy-values";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";

const PAGE = "/settings/escalation";

export async function createEscalationPolicyAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = policyInput(form);
  return formAction(async () => {
    const p = await createEscalationPolicy({ db: db(), ctx, input });
    revalidatePath(PAGE);
    return `Added ${p.name}`;
  });
}

/** The steps sent replace the policy's steps, in the form's order. */
export async function updateEscalationPolicyAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = updatePolicyInput(form);
  return formAction(async () => {
    const p = await updateEscalationPolicy({ db: db(), ctx, input });
    revalidatePath(PAGE);
    return `Saved ${p.name}`;
  });
}

export async function deleteEscalationPolicyAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    await deleteEscalationPolicy({ db: db(), ctx, input: { id: String(form.get("id") ?? "") } });
    revalidatePath(PAGE);
    return `Deleted ${String(form.get("name") ?? "the policy")}`;
  });
}
