"use server";

import { createChecklistTemplate } from "@opsdeck/core";
import { redirect } from "next/navigation";
import { createTemplateInput } from "@/components/forms/checklist/template-input";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";

/** On success it lands on the new checklist's page. */
export async function createChecklistTemplateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = createTemplateInput(form);
  return formAction(async () => {
    const checklist = await createChecklistTemplate({ db: db(), ctx, input });
    redirect(`/checklists/${checklist.slug}`);
  });
}
