"use server";

import { createUser, setUserDisabled, type TCreateUser, type TUpdateRole, updateUserRole } from "@opsdeck/core";
import { revalidatePath } from "next/cache";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formFields } from "@/lib/form-input";
import { type FormState, formAction } from "@/lib/form-state";

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = formFields<TCreateUser>(form, ["email", "name", "role", "password"]);
  return formAction(async () => {
    const user = await createUser({ db: db(), ctx, input });
    revalidatePath("/settings/users");
    return `Added ${user.email} as ${user.role.toLowerCase()}`;
  });
}

export async function updateUserRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = formFields<TUpdateRole>(form, ["userId", "role"]);
  return formAction(async () => {
    const user = await updateUserRole({ db: db(), ctx, input });
    revalidatePath("/settings/users");
    return `${user.email} is now ${user.role.toLowerCase()}`;
  });
}

export async function setUserDisabledAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = { userId: String(form.get("userId") ?? ""), disabled: form.get("disabled") === "true" };
  return formAction(async () => {
    const user = await setUserDisabled({ db: db(), ctx, input });
    revalidatePath("/settings/users");
    return `${user.email} is ${user.disabledAt ? "disabled" : "enabled again"}`;
  });
}
