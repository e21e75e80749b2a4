"use server";

import {
  answerChecklistItem,
  type ChecklistRunDto,
  getCurrentChecklistRun,
  listRunNotifications,
  type NotificationDto,
  signOffChecklistRun,
  startPreDeployRun,
  type TAnswerItem,
  type TSignOff,
  type TStartPreDeployRun,
} from "@opsdeck/core";
import { actionCtx } from "@/lib/auth/session";
import type { RunActionState } from "@/lib/checklists/run-action-state";
import { db } from "@/lib/db";
import { formFields } from "@/lib/form-input";
import { formAction } from "@/lib/form-state";
import { readAction } from "@/lib/read-action";
import type { ReadResult } from "@/lib/read-result";

/** A form's outcome with the run as the service returned it, so the page shows it without reading again. */
async function runAction(run: () => Promise<ChecklistRunDto>, message: (r: ChecklistRunDto) => string) {
  let result: ChecklistRunDto | undefined;
  const state = await formAction(async () => {
    result = await run();
    return message(result);
  });
  return { ...state, run: result } satisfies RunActionState;
}

/** The run people work on now (opened on demand), for the page's live refetch. */
export async function readCurrentRunAction(slug: string): Promise<ReadResult<ChecklistRunDto | null>> {
  const ctx = await actionCtx();
  return readAction(() => getCurrentChecklistRun({ db: db(), ctx, input: { slug } }));
}

/** A run's notifications (its miss: sent, retrying, failed), for the run's live list. */
export async function readRunNotificationsAction(slug: string, runId: string): Promise<ReadResult<NotificationDto[]>> {
  const ctx = await actionCtx();
  return readAction(() => listRunNotifications({ db: db(), ctx, input: { slug, runId } }));
}

export async function answerChecklistItemAction(_prev: RunActionState, form: FormData): Promise<RunActionState> {
  const ctx = await actionCtx();
  const input = formFields<TAnswerItem>(form, ["slug", "runId", "itemId", "outcome", "remark"]);
  return runAction(
    () => answerChecklistItem({ db: db(), ctx, input }),
    () => "Saved",
  );
}

export async function signOffChecklistRunAction(_prev: RunActionState, form: FormData): Promise<RunActionState> {
  const ctx = await actionCtx();
  const input = formFields<TSignOff>(form, ["slug", "runId", "note"]);
  return runAction(
    () => signOffChecklistRun({ db: db(), ctx, input }),
    (r) => `Signed off ${r.checklist.name} for ${r.periodKey}`,
  );
}

export async function startPreDeployRunAction(_prev: RunActionState, form: FormData): Promise<RunActionState> {
  const ctx = await actionCtx();
  const input = formFields<TStartPreDeployRun>(form, ["slug", "label"]);
  return runAction(
    () => startPreDeployRun({ db: db(), ctx, input }),
    (r) => `Started ${r.periodKey}`,
  );
}
