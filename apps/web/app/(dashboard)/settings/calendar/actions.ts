"use server";

import { createCalendarFeed, revokeCalendarFeed } from "@opsdeck/core";
import { revalidatePath } from "next/cache";
import { actionCtx } from "@/lib/auth/session";
import { feedBaseUrl } from "@/lib/calendar/base-url";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";

const PAGE = "/settings/calendar";

/** `subject` is "me" or "schedule:<id>"; the message of a success is the feed's secret URL. */
export async function createCalendarFeedAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const subject = String(form.get("subject") ?? "");
  const input =
    subject === "me"
      ? { email: ctx.actor.email }
      : subject.startsWith("schedule:")
        ? { schedule: subject.slice("schedule:".length) }
        : {};
  const state = await formAction(async () => {
    const { url } = await createCalendarFeed({ db: db(), ctx, input, baseUrl: await feedBaseUrl() });
    revalidatePath(PAGE);
    return url;
  });
  // The form has one control for what the feed shows: every complaint about it belongs there.
  return state.fieldErrors ? { ...state, fieldErrors: { subject: Object.values(state.fieldErrors).flat() } } : state;
}

export async function revokeCalendarFeedAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    const feed = await revokeCalendarFeed({ db: db(), ctx, input: { id: String(form.get("id") ?? "") } });
    revalidatePath(PAGE);
    return `Revoked the feed of ${feed.subject}`;
  });
}
