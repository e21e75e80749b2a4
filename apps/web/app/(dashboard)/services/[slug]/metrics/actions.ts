"use server";

import { removeAppMetricsEndpoint, setAppMetricsEndpoint, type TSetAppMetrics } from "@opsdeck/core/app-metrics/index";
import { revalidatePath } from "next/cache";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formFields } from "@/lib/form-input";
import { type FormState, formAction } from "@/lib/form-state";
import { secretKeyDeps } from "@/lib/secrets/deps";

const APP_METRICS_FIELDS = ["serviceSlug", "url", "requestMetric", "statusLabel", "durationMetric"] as const;

export async function setAppMetricsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = formFields<TSetAppMetrics>(form, [...APP_METRICS_FIELDS]);
  // A blank token keeps the stored one; the box ticked removes it.
  const token = String(form.get("token") ?? "");
  if (form.get("clearToken") === "on") input.token = null;
  else if (token !== "") input.token = token;
  return formAction(async () => {
    await setAppMetricsEndpoint({ db: db(), ctx, input, ...secretKeyDeps() });
    revalidatePath(`/services/${input.serviceSlug}/metrics`);
    return "Saved the metrics endpoint: the first figures follow its second scrape";
  });
}

export async function removeAppMetricsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const serviceSlug = String(form.get("serviceSlug") ?? "");
  return formAction(async () => {
    await removeAppMetricsEndpoint({ db: db(), ctx, input: { serviceSlug } });
    revalidatePath(`/services/${serviceSlug}/metrics`);
    return "The metrics endpoint is no longer scraped";
  });
}
