"use server";

import {
  createCheck,
  createMaintenanceWindow,
  deleteCheck,
  endMaintenanceWindow,
  getHeartbeatPingPath,
  requestCheckRun,
  rotateHeartbeatToken,
  setCheckPaused,
  updateCheck,
} from "@opsdeck/core/check/index";
import { deleteService, type TUpdateService, updateService } from "@opsdeck/core/service/index";
import { formatStamp } from "@opsdeck/core/time/format";
import { revalidatePath } from "next/cache";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formFields } from "@/lib/form-input";
import { type FormState, formAction } from "@/lib/form-state";
import { viewerZone } from "@/lib/time/viewer-zone";
import { checkInput } from "./check-input";

export type CreateCheckState = FormState & { pingPath?: string | null };
export type PingUrlState = FormState & { pingPath?: string };

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
    return `In maintenance until ${formatStamp(w.endsAt, await viewerZone())}`;
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

export async function updateCheckAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const { serviceId: _service, ...fields } = checkInput(form);
  return formAction(async () => {
    const check = await updateCheck({ db: db(), ctx, input: { id: id(form), ...fields } });
    revalidatePath("/");
    return `Saved ${check.name}`;
  });
}

/** The ping path travels in the state, never in the toast's message. */
async function withPingPath(run: () => Promise<{ pingPath: string }>, message?: string): Promise<PingUrlState> {
  let pingPath: string | undefined;
  const state = await formAction(async () => {
    ({ pingPath } = await run());
    return message;
  });
  return { ...state, pingPath };
}

export async function showPingUrlAction(_prev: PingUrlState, form: FormData): Promise<PingUrlState> {
  const ctx = await actionCtx();
  return withPingPath(() => getHeartbeatPingPath({ db: db(), ctx, input: { id: id(form) } }));
}

export async function rotatePingUrlAction(_prev: PingUrlState, form: FormData): Promise<PingUrlState> {
  const ctx = await actionCtx();
  return withPingPath(
    () => rotateHeartbeatToken({ db: db(), ctx, input: { id: id(form) } }),
    "New ping URL: the old one no longer works",
  );
}

/** Every field is sent: a blank one clears the stored value (a blank name is refused). */
const SERVICE_FIELDS = [
  "name",
  "description",
  "team",
  "tier",
  "ownerId",
  "runbookUrl",
  "runbookMd",
  "autoIncidentSeverity",
  "publicName",
] as const;

export async function updateServiceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const fields = Object.fromEntries(SERVICE_FIELDS.map((n) => [n, String(form.get(n) ?? "")]));
  const input = {
    serviceSlug: String(form.get("serviceSlug") ?? ""),
    ...fields,
    public: form.get("public") === "on",
  } as TUpdateService;
  return formAction(async () => {
    const service = await updateService({ db: db(), ctx, input });
    revalidatePath(`/services/${service.slug}`);
    return `Saved ${service.name}`;
  });
}

export async function deleteServiceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    await deleteService({ db: db(), ctx, input: { serviceSlug: String(form.get("serviceSlug") ?? "") } });
    revalidatePath("/services");
    return `Deleted ${String(form.get("name") ?? "the service")}`;
  });
}
