"use server";

import { type TUpdateSeverityPolicy, updateSeverityPolicy } from "@opsdeck/core";
import { revalidatePath } from "next/cache";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";
import { severityPolicyInput } from "@/lib/severity-policy-input";

export async function updateSeverityPolicyAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = severityPolicyInput(form) as TUpdateSeverityPolicy;
  return formAction(async () => {
    const saved = await updateSeverityPolicy({ db: db(), ctx, input });
    revalidatePath("/settings/severity-policy");
    return `Saved the ${saved.severity} policy`;
  });
}
