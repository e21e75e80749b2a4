"use server";

import {
  addOverride,
  deleteOverride,
  onCallEverywhere,
  type OnCallDto,
  type ScheduleViewDto,
  scheduleView,
} from "@opsdeck/core";
import { revalidatePath } from "next/cache";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formFields } from "@/lib/form-input";
import { type FormState, formAction } from "@/lib/form-state";
import { readAction } from "@/lib/read-action";
import type { ReadResult } from "@/lib/read-result";

type OverrideFields = { id?: string; layer?: string; email?: string; startsAt?: string; endsAt?: string };

export async function readScheduleViewAction(id: string): Promise<ReadResult<ScheduleViewDto>> {
  const ctx = await actionCtx();
  return readAction(() => scheduleView({ db: db(), ctx, input: { id } }));
}

export async function readOnCallAction(): Promise<ReadResult<OnCallDto[]>> {
  const ctx = await actionCtx();
  return readAction(() => onCallEverywhere({ db: db(), ctx }));
}

/** Start and end come as ISO instants from the form's date-time fields (typed in the viewer's zone). */
export async function addOverrideAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = formFields<OverrideFields>(form, ["id", "layer", "email", "startsAt", "endsAt"]);
  const blank: Record<string, string[]> = {};
  if (!input.startsAt) blank.startsAt = ["Choose when the override starts"];
  if (!input.endsAt) blank.endsAt = ["Choose when the override ends"];
  if (Object.keys(blank).length)
    return { ok: false, message: "Choose the override's start and end", fieldErrors: blank };
  return formAction(async () => {
    const o = await addOverride({ db: db(), ctx, input: input as Required<OverrideFields> });
    revalidatePath(`/schedules/${input.id}`);
    return `${o.user.name ?? o.user.email} is on call on ${o.layer} for the override`;
  });
}

export async function deleteOverrideAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const id = String(form.get("id") ?? "");
  return formAction(async () => {
    await deleteOverride({ db: db(), ctx, input: { id, overrideId: String(form.get("overrideId") ?? "") } });
    revalidatePath(`/schedules/${id}`);
    return "Override removed: the rotation holds that time again";
  });
}
