"use server";

import { archiveChecklistTemplate, restoreChecklistTemplate, updateChecklistTemplate } from "@opsdeck/core";
import { revalidatePath } from "next/cache";
import { updateTemplateInput } from "@/components/forms/checklist/template-input";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";

export async function updateChecklistTemplateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = updateTemplateInput(form);
  return formAction(async () => {
    const checklist = await updateChecklistTemplate({ db: db(), ctx, input });
    revalidatePath(`/checklists/${checklist.slug}`);
    return `Saved ${checklist.name}`;
  });
}

const slugOf = (form: FormData) => ({ slug: String(form.get("slug") ?? "") });

export async function archiveChecklistTemplateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    const checklist = await archiveChecklistTemplate({ db: db(), ctx, input: slugOf(form) });
    revalidatePath("/checklists");
    return `Archived ${checklist.name}: it gets no new runs`;
  });
}

export async function restoreChecklistTemplateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    const checklist = await restoreChecklistTemplate({ db: db(), ctx, input: slugOf(form) });
    revalidatePath("/checklists");
    return `Restored ${checklist.name}: it gets runs again`;
  });
}
