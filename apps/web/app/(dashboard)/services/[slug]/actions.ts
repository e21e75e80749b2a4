"use server";

import {
  createCheck,
  createMaintenanceWindow,
  deleteCheck,
  endMaintenanceWindow,
  requestCheckRun,
  setCheckPaused,
} from "@opsdeck/core/check/index";
import { revalidatePath } from "next/cache";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formFields } from "@/lib/form-input";
import { type FormState, formAction } from "@/lib/form-state";
import { checkInput } from "./check-input";

export type CreateCheckState = FormState & { pingPath?: string | null };

const id = (form: FormData) => String(form.get("id") ?? "");

export async function setCheckPausedAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = { id: id(form), paused: form.get("paused") === "true" };
  return formAction(async () => {
    const check = await setCheckPaused({ db: db(), ctx, input });
    return `${check.name} is ${check.paused ? "paused" : "resumed"}`;
  });
}

export async function requestCheckRunAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    const check = await requestCheckRun({ db: db(), ctx, input: { id: id(form) } });
    return `${check.name} will run within a few seconds`;
  });
}

export async function deleteCheckAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    await deleteCheck({ db: db(), ctx, input: { id: id(form) } });
    revalidatePath("/");
    return "Check deleted";
  });
}

export async function createMaintenanceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = formFields<{ checkId: string; endsAt: string; reason: string }>(form, ["checkId", "endsAt", "reason"]);
  return formAction(async () => {
    const w = await createMaintenanceWindow({ db: db(), ctx, input });
    return `In maintenance until ${w.endsAt.slice(0, 16).replace("T", " ")} UTC`;
  });
}

export async function endMaintenanceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    await endMaintenanceWindow({ db: db(), ctx, input: { id: id(form) } });
    return "Maintenance ended";
  });
}

export async function createCheckAction(_prev: FormState, form: FormData): Promise<CreateCheckState> {
  const ctx = await actionCtx();
  const input = checkInput(form);
  let pingPath: string | null = null;
  const state = await formAction(async () => {
    const r = await createCheck({ db: db(), ctx, input });
    pingPath = r.pingPath;
    revalidatePath("/");
    return `Added check ${r.check.name}`;
  });
  return { ...state, pingPath };
}
