"use server";

import { type ChecklistSummaryDto, listChecklists } from "@opsdeck/core";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { readAction } from "@/lib/read-action";
import type { ReadResult } from "@/lib/read-result";

/** Every active checklist with its current run, for the list's live refetch. */
export async function readChecklistsAction(): Promise<ReadResult<ChecklistSummaryDto[]>> {
  const ctx = await actionCtx();
  return readAction(() => listChecklists({ db: db(), ctx }));
}
