"use server";

import { requestAction } from "@opsdeck/core";
import { redirect } from "next/navigation";
import { actionDeps } from "@/lib/actions/deps";
import { requestInput } from "@/lib/actions/request-input";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";

/** Ask for a rollback, backup, verify, restore or replay; on success it lands on the run's page. */
export async function requestActionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = requestInput(form);
  return formAction(async () => {
    const run = await requestAction({ db: db(), ctx, input, deps: actionDeps() });
    redirect(`/actions/${run.id}`);
  });
}
