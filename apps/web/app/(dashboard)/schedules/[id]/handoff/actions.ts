"use server";

import { writeHandoffNote } from "@opsdeck/core";
import { revalidatePath } from "next/cache";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";

/** Save the note for one layer's next handoff; an empty note removes it. */
export async function writeHandoffNoteAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const id = String(form.get("scheduleId") ?? "");
  const input = { id, layer: String(form.get("layer") ?? ""), note: String(form.get("note") ?? "") };
  return formAction(async () => {
    const saved = await writeHandoffNote({ db: db(), ctx, input });
    revalidatePath(`/schedules/${id}/handoff`);
    return saved.note ? "Handoff note saved" : "Handoff note removed";
  });
}
