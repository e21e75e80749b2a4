"use server";

import { type IncidentResponseDto, setResponseStep, type TSetResponseStep } from "@opsdeck/core";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formFields } from "@/lib/form-input";
import { type FormState, formAction } from "@/lib/form-state";

/** The outcome, with the checklist as it now is so the panel shows it without reading again. */
export type ResponseActionState = FormState & { response?: IncidentResponseDto };

/** Tick ("done" is "true"), untick, or skip with a reason one step of an incident's response checklist. */
export async function setResponseStepAction(_prev: ResponseActionState, form: FormData): Promise<ResponseActionState> {
  const ctx = await actionCtx();
  const fields = formFields<Omit<TSetResponseStep, "done">>(form, ["number", "stepId", "skipReason"]);
  let response: IncidentResponseDto | undefined;
  const state = await formAction(async () => {
    response = await setResponseStep({ db: db(), ctx, input: { ...fields, done: form.get("done") === "true" } });
    return "Saved";
  });
  return { ...state, response };
}
