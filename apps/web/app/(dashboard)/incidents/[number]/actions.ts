"use server";

import {
  acknowledgeIncident,
  addIncidentNote,
  postIncidentUpdate,
  reopenIncident,
  resolveIncident,
  type TAddIncidentNote,
  type TPostIncidentUpdate,
  type TUpdateIncident,
  updateIncident,
} from "@opsdeck/core";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formFields } from "@/lib/form-input";
import { type FormState, formAction } from "@/lib/form-state";

// Each form names its incident in a hidden "number" field; the service parses it with the rest.
const number = (form: FormData) => String(form.get("number") ?? "");

export async function acknowledgeIncidentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    const i = await acknowledgeIncident({ db: db(), ctx, input: { number: number(form) } });
    return `Acknowledged #${i.number}`;
  });
}

export async function postIncidentUpdateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = formFields<TPostIncidentUpdate>(form, ["number", "status", "impact", "nextUpdateAt", "message"]);
  return formAction(async () => {
    const i = await postIncidentUpdate({ db: db(), ctx, input });
    return i.status === "RESOLVED" ? `Resolved #${i.number}` : `Update posted: ${i.status.toLowerCase()}`;
  });
}

export async function addIncidentNoteAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = formFields<TAddIncidentNote>(form, ["number", "text", "at"]);
  return formAction(async () => {
    await addIncidentNote({ db: db(), ctx, input });
    return "Note added";
  });
}

export async function resolveIncidentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    const i = await resolveIncident({ db: db(), ctx, input: { number: number(form) } });
    return `Resolved #${i.number}`;
  });
}

export async function reopenIncidentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    const i = await reopenIncident({ db: db(), ctx, input: { number: number(form) } });
    return `Reopened #${i.number}`;
  });
}

/** Severity, roles, customer-facing and public as the form shows them: only what differs is changed. */
export async function updateIncidentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input: TUpdateIncident = {
    number: number(form),
    severity: (form.get("severity") ?? undefined) as TUpdateIncident["severity"],
    commanderId: String(form.get("commanderId") ?? ""),
    commsLeadId: String(form.get("commsLeadId") ?? ""),
    customerFacing: form.get("customerFacing") === "on",
    public: form.get("public") === "on",
  };
  return formAction(async () => {
    const i = await updateIncident({ db: db(), ctx, input });
    return `Saved #${i.number}`;
  });
}

export async function markIncidentMitigatedAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = formFields<TUpdateIncident>(form, ["number", "mitigatedAt"]);
  return formAction(async () => {
    await updateIncident({
      db: db(),
      ctx,
      input: { ...input, mitigatedAt: input.mitigatedAt ?? new Date().toISOString() },
    });
    return "Marked mitigated";
  });
}
