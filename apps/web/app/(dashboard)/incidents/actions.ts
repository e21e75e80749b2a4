"use server";

import { declareIncident, type TDeclareIncident } from "@opsdeck/core";
import { redirect } from "next/navigation";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formFields } from "@/lib/form-input";
import { type FormState, formAction } from "@/lib/form-state";

/** On success it lands on the new incident's page. */
export async function declareIncidentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const fields = formFields<Omit<TDeclareIncident, "services">>(form, [
    "title",
    "severity",
    "summary",
    "commanderId",
    "detectedAt",
  ]);
  const services = form.getAll("services").filter((v): v is string => typeof v === "string");
  return formAction(async () => {
    const incident = await declareIncident({ db: db(), ctx, input: { ...fields, services } });
    redirect(`/incidents/${incident.number}`);
  });
}
