"use server";

import { createChannel, deleteChannel, sendTestNotification, type TChannelInput, updateChannel } from "@opsdeck/core";
import { revalidatePath } from "next/cache";
import type { TestSendState } from "@/components/forms/test-send";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";
import { channelInput } from "@/lib/notifications/channel-input";
import { notifyDeps } from "@/lib/notifications/deps";

const PAGE = "/settings/notifications";

export async function createChannelAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = channelInput(form) as TChannelInput;
  return formAction(async () => {
    const c = await createChannel({ db: db(), ctx, input, key: notifyDeps().key });
    revalidatePath(PAGE);
    return `Added ${c.name}`;
  });
}

/** The kind cannot change: a channel of another kind is another channel. */
export async function updateChannelAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const { kind: _kind, ...input } = channelInput(form);
  return formAction(async () => {
    const c = await updateChannel({
      db: db(),
      ctx,
      input: { ...input, id: String(form.get("id") ?? "") },
      key: notifyDeps().key,
    });
    revalidatePath(PAGE);
    return `Saved ${c.name}`;
  });
}

export async function deleteChannelAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    await deleteChannel({ db: db(), ctx, input: { id: String(form.get("id") ?? "") } });
    revalidatePath(PAGE);
    return `Deleted ${String(form.get("name") ?? "the channel")}`;
  });
}

export type ChannelTestState = TestSendState;

/** A test that the channel refused is still an answer: `sent` and `detail` say how it went. */
export async function testChannelAction(_prev: ChannelTestState, form: FormData): Promise<ChannelTestState> {
  const ctx = await actionCtx();
  let result: { ok: boolean; detail: string } | undefined;
  const state = await formAction(async () => {
    result = await sendTestNotification({
      db: db(),
      ctx,
      input: { id: String(form.get("id") ?? "") },
      ...notifyDeps(),
    });
    return result.ok ? "Test message sent" : `Test message not delivered: ${result.detail}`;
  });
  return { ...state, sent: result?.ok, detail: result?.detail };
}
