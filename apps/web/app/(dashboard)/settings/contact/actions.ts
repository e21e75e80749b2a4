"use server";

import { addContactMethod, removeContactMethod, testContactMethod } from "@opsdeck/core";
import { revalidatePath } from "next/cache";
import type { TestSendState } from "@/components/forms/test-send";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";
import { notifyDeps } from "@/lib/notifications/deps";

const PAGE = "/settings/contact";

export async function addContactMethodAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const method = { kind: String(form.get("kind") ?? ""), address: String(form.get("address") ?? "").trim() };
  return formAction(async () => {
    await addContactMethod({ db: db(), ctx, input: { email: ctx.actor.email, method } });
    revalidatePath(PAGE);
    return "Contact method added";
  });
}

export async function removeContactMethodAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    await removeContactMethod({ db: db(), ctx, input: { id: String(form.get("id") ?? "") } });
    revalidatePath(PAGE);
    return "Contact method removed";
  });
}

/** A page the receiver refused is still an answer: `sent` and `detail` say how it went. */
export async function testContactMethodAction(_prev: TestSendState, form: FormData): Promise<TestSendState> {
  const ctx = await actionCtx();
  let result: { ok: boolean; detail: string } | undefined;
  const state = await formAction(async () => {
    result = await testContactMethod({ db: db(), ctx, input: { id: String(form.get("id") ?? "") }, ...notifyDeps() });
    revalidatePath(PAGE);
    return result.ok ? "Test page sent" : `Test page not delivered: ${result.detail}`;
  });
  return { ...state, sent: result?.ok, detail: result?.detail };
}
