"use server";

import {
  type ActionRunDetailDto,
  type ActionRunDto,
  type BackupDto,
  getActionRun,
  listActionRuns,
  listBackups,
  listDeployments,
  type TListRuns,
} from "@opsdeck/core";
import type { Deployment } from "@opsdeck/integrations";
import { actionDeps } from "@/lib/actions/deps";
import { actionCtx } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { readAction } from "@/lib/read-action";
import type { ReadResult } from "@/lib/read-result";

// What the action pages read again when the event stream says something changed.

export async function getActionRunAction(id: string): Promise<ReadResult<ActionRunDetailDto>> {
  const ctx = await actionCtx();
  return readAction(() => getActionRun({ db: db(), ctx, input: { id } }));
}

export async function listActionRunsAction(input: TListRuns): Promise<ReadResult<ActionRunDto[]>> {
  const ctx = await actionCtx();
  return readAction(() => listActionRuns({ db: db(), ctx, input }));
}

export async function listDeploymentsAction(id: string): Promise<ReadResult<Deployment[]>> {
  const ctx = await actionCtx();
  return readAction(() => listDeployments({ db: db(), ctx, input: { id }, deps: actionDeps() }));
}

export async function listBackupsAction(id: string): Promise<ReadResult<BackupDto[]>> {
  const ctx = await actionCtx();
  return readAction(() => listBackups({ db: db(), ctx, input: { id } }));
}
