import type { ActionKind } from "@opsdeck/db";
import { runBackup } from "./backup.ts";
import { runReplay } from "./replay.ts";
import { runRestore } from "./restore.ts";
import { runRollback } from "./rollback.ts";
import { runVerify } from "./verify.ts";
import type { Executor } from "./types.ts";

export const EXECUTORS: Record<ActionKind, Executor> = {
  ROLLBACK: runRollback,
  REPLAY: runReplay,
  BACKUP: runBackup,
  VERIFY: runVerify,
  RESTORE: runRestore,
};
