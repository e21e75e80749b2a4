"use server";

import {
  createUser,
  issueTemporaryPassword,
  setUserDisabled,
  type TCreateUser,
  type TUpdateRole,
  updateUserRole,
} from "@opsdeck/core";
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

export type IssuedPasswordState = FormState & { password?: string };

/** The generated password travels in the state, shown once in the page, never in a toast. */
export async function resetUserPasswordAction(
  _prev: IssuedPasswordState,
  form: FormData,
): Promise<IssuedPasswordState> {
  const ctx = await actionCtx();
  let password: string | undefined;
  const state = await formAction(async () => {
    ({ password } = await issueTemporaryPassword({
      db: db(),
      ctx,
      input: { userId: String(form.get("userId") ?? "") },
    }));
    return `New password set for ${String(form.get("email") ?? "the user")}`;
  });
  return { ...state, password };
}
