"use server";

import {
  addActionItem,
  createPostmortem,
  deleteActionItem,
  type PostmortemConflict,
  setPostmortemStatus,
  type TCreateActionItem,
  type TSetPostmortemStatus,
  type TUpdateActionItem,
  type TUpdatePostmortem,
  updateActionItem,
  updatePostmortem,
} from "@opsdeck/core";
import { POSTMORTEM_FIELDS } from "@opsdeck/core/postmortem/fields";
import { redirect } from "next/navigation";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formFields } from "@/lib/form-input";
import { type FormState, formAction } from "@/lib/form-state";

/** An autosave's outcome: the version saved, or each field someone else changed with both texts. */
export type SaveState = FormState & { version?: number; savedAt?: string; conflict?: PostmortemConflict };

const ITEM_FIELDS = ["kind", "title", "ownerId", "dueDate", "status", "url"] as const;

/** A number field as typed: blank clears it, anything else is left for the service to judge. */
const asNumber = (v: string) => (v.trim() === "" ? null : /^\s*\d+\s*$/.test(v) ? Number(v) : v);

/** Only the fields the form sent; text is kept as typed (an empty section is a real value). */
function sent<K extends string>(form: FormData, names: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const n of names) {
    const v = form.get(n);
    if (typeof v === "string") out[n] = v;
  }
  return out;
}

export async function createPostmortemAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  let id = "";
  const state = await formAction(async () => {
    id = (await createPostmortem({ db: db(), ctx, input: { number: String(form.get("number") ?? "") } })).id;
    return "Postmortem started";
  });
  if (state.ok) redirect(`/postmortems/${id}`);
  return state;
}

export async function savePostmortemAction(_prev: SaveState, form: FormData): Promise<SaveState> {
  const ctx = await actionCtx();
  const { usersAffected, revenueLostCents, ...text } = sent(form, POSTMORTEM_FIELDS);
  const input = {
    id: String(form.get("id") ?? ""),
    expectedVersion: Number(form.get("expectedVersion")),
    ...text,
    ...(usersAffected !== undefined && { usersAffected: asNumber(usersAffected) }),
    ...(revenueLostCents !== undefined && { revenueLostCents: asNumber(revenueLostCents) }),
  } as TUpdatePostmortem;
  let saved: { version: number; updatedAt: string } | undefined;
  const { details, ...state } = await formAction(async () => {
    saved = await updatePostmortem({ db: db(), ctx, input });
    return "Saved";
  });
  const conflict = details?.conflict as PostmortemConflict | undefined;
  return {
    ...state,
    ...(saved && { version: saved.version, savedAt: saved.updatedAt }),
    ...(conflict && { conflict }),
  };
}

export async function setPostmortemStatusAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = formFields<TSetPostmortemStatus>(form, ["id", "status"]);
  return formAction(async () => {
    const pm = await setPostmortemStatus({ db: db(), ctx, input });
    return pm.status === "PUBLISHED" ? "Published" : pm.status === "IN_REVIEW" ? "Sent for review" : "Back to draft";
  });
}

export async function addActionItemAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = { ...sent(form, ITEM_FIELDS), postmortemId: String(form.get("postmortemId") ?? "") };
  return formAction(async () => {
    await addActionItem({ db: db(), ctx, input: input as TCreateActionItem });
    return "Action item added";
  });
}

/** Only the fields the form sent change; blank clears the owner, due date or link. */
export async function updateActionItemAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const input = { ...sent(form, ITEM_FIELDS), id: String(form.get("id") ?? "") };
  return formAction(async () => {
    await updateActionItem({ db: db(), ctx, input: input as TUpdateActionItem });
    return "Action item saved";
  });
}

export async function deleteActionItemAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  return formAction(async () => {
    await deleteActionItem({ db: db(), ctx, input: { id: String(form.get("id") ?? "") } });
    return "Action item removed";
  });
}
