"use server";

import { setResponseDefaults } from "@opsdeck/core";
import { revalidatePath } from "next/cache";
import { defaultsInput } from "@/components/forms/response/defaults-values";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";

/** Replace one severity's default response steps with the form's list, in its order. */
export async function saveResponseDefaultsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = defaultsInput(form);
  return formAction(async () => {
    const saved = await setResponseDefaults({ db: db(), ctx, input });
    revalidatePath("/settings/response-checklists");
    return `Saved the ${saved.severity} response steps`;
  });
}
