"use server";

import { type AlertRuleDto, createAlertRule, deleteAlertRule, listAlertRules, updateAlertRule } from "@opsdeck/core";
import { revalidatePath } from "next/cache";
import { actionCtx } from "@/lib/auth/session";
import { alertRuleInput } from "@/lib/alerts/rule-input";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";
import { readAction } from "@/lib/read-action";
import type { ReadResult } from "@/lib/read-result";

const PAGE = "/alerts";

export async function readAlertRulesAction(): Promise<ReadResult<AlertRuleDto[]>> {
  const ctx = await actionCtx();
  return readAction(async () => (await listAlertRules({ db: db(), ctx })).items);
}

export type AlertRuleFormState = FormState & { id?: string };

export async function createAlertRuleAction(_prev: AlertRuleFormState, form: FormData): Promise<AlertRuleFormState> {
  const ctx = await actionCtx();
  let id: string | undefined;
  const state = await formAction(async () => {
    const r = await createAlertRule({ db: db(), ctx, input: alertRuleInput(form) });
    id = r.id;
    revalidatePath(PAGE);
    return `Added ${r.name}`;
  });
  return { ...state, id };
}

export async function updateAlertRuleAction(_prev: AlertRuleFormState, form: FormData): Promise<AlertRuleFormState> {
  const ctx = await actionCtx();
  const id = String(form.get("id") ?? "");
  return formAction(async () => {
    const { preset: _preset, ...input } = alertRuleInput(form);
    const r = await updateAlertRule({ db: db(), ctx, input: { ...input, id } });
    revalidatePath(PAGE);
    revalidatePath(`${PAGE}/${id}`);
    return `Saved ${r.name}`;
  });
}

export async function deleteAlertRuleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    await deleteAlertRule({ db: db(), ctx, input: { id: String(form.get("id") ?? "") } });
    revalidatePath(PAGE);
    return `Deleted ${String(form.get("name") ?? "the rule")}`;
  });
}
