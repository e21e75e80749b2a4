"use server";

import { setupFirstAdmin, type TSetupAdmin } from "@opsdeck/core";
import { requestId } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formFields } from "@/lib/form-input";
import { type FormState, formAction } from "@/lib/form-state";

export async function setupFirstAdminAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = formFields<TSetupAdmin>(form, ["email", "name", "password"]);
  const rid = await requestId();
  return formAction(async () => {
    await setupFirstAdmin({ db: db(), input, requestId: rid });
    return "Admin created";
  });
}
