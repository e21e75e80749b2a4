import type { ActionKind } from "@opsdeck/db";
import { runReplay } from "./replay.ts";
import { runRollback } from "./rollback.ts";
import type { Executor } from "./types.ts";

export const EXECUTORS: Partial<Record<ActionKind, Executor>> = {
  ROLLBACK: runRollback,
  REPLAY: runReplay,
};
