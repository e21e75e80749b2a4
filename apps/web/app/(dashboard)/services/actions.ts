"use server";

import { createService, type TCreateService } from "@opsdeck/core";
import { redirect } from "next/navigation";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formFields } from "@/lib/form-input";
import { type FormState, formAction } from "@/lib/form-state";

export async function createServiceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = formFields<TCreateService>(form, ["name", "team", "tier", "description", "runbookUrl"]);
  return formAction(async () => {
    const service = await createService({ db: db(), ctx, input });
    redirect(`/services/${service.slug}`);
  });
}
