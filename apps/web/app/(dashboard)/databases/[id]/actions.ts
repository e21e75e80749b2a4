"use server";

import { terminateBackend } from "@opsdeck/core";
import { actionCtx } from "@/lib/auth/session";
import { insightsDeps } from "@/lib/databases/deps";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" && v !== "" ? v : undefined;
};

export async function terminateBackendAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    const r = await terminateBackend({
      db: db(),
      ctx,
      input: { id: text(form, "id") ?? "", pid: text(form, "pid") ?? "", backendStart: text(form, "backendStart") },
      deps: insightsDeps(),
    });
    return `Terminated backend ${r.pid}${r.application ? ` (${r.application})` : ""}`;
  });
}
