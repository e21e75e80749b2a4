"use server";

import { createApiToken, resetPassword, revokeApiToken, updateUserTimeZone } from "@opsdeck/core";
import { revalidatePath } from "next/cache";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";

export async function changeOwnPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const next = String(form.get("newPassword") ?? "");
  if (next !== form.get("confirmPassword"))
    return { ok: false, fieldErrors: { confirmPassword: ["Does not match the new password"] } };
  const input = { userId: ctx.actor.id, currentPassword: String(form.get("currentPassword") ?? ""), newPassword: next };
  return formAction(async () => {
    await resetPassword({ db: db(), ctx, input });
    return "Password changed";
  });
}

export async function createApiTokenAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const days = String(form.get("expiresInDays") ?? "").trim();
  const input = { name: String(form.get("name") ?? ""), expiresInDays: days ? Number(days) : undefined };
  return formAction(async () => {
    const { token } = await createApiToken({ db: db(), ctx, input });
    revalidatePath("/settings");
    return token;
  });
}

export async function revokeApiTokenAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    const t = await revokeApiToken({ db: db(), ctx, input: { tokenId: String(form.get("tokenId") ?? "") } });
    revalidatePath("/settings");
    return `Revoked ${t.name}`;
  });
}

export async function updateTimeZoneAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    const { timeZone } = await updateUserTimeZone({
      db: db(),
      ctx,
      input: { timeZone: String(form.get("timeZone") ?? "") },
    });
    revalidatePath("/", "layout");
    return timeZone ? `Times are shown in ${timeZone}` : "Times follow this browser's zone";
  });
}
