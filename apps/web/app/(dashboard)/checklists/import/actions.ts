"use server";

import { type ImportResultDto, importChecklists } from "@opsdeck/core";
import { revalidatePath } from "next/cache";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";

export type ImportState = FormState & { result?: ImportResultDto };

const plural = (n: number) => `${n} checklist${n === 1 ? "" : "s"}`;

/**
 * `dryRun` "false" creates the checklists whose indexes are sent as `only`; anything else previews
 * and writes nothing.
 */
export async function importChecklistsAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const ctx = await actionCtx();
  const dryRun = form.get("dryRun") !== "false";
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" && v.trim() ? v : undefined;
  };
  const only = form.getAll("only").map((v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v));
  const input = {
    markdown: String(form.get("markdown") ?? ""),
    dryRun,
    source: text("source"),
    timeZone: text("timeZone"),
    ...(dryRun ? {} : { only: only as number[] }),
  };
  let result: ImportResultDto | undefined;
  const state = await formAction(async () => {
    result = await importChecklists({ db: db(), ctx, input });
    if (dryRun) return `Found ${plural(result.checklists.length)}`;
    revalidatePath("/checklists");
    return `Created ${plural(result.checklists.filter((c) => c.created).length)}`;
  });
  return { ...state, result };
}
