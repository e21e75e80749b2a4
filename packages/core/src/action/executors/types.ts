import type { ActionKind, Db } from "@opsdeck/db";
import type { RunIo } from "@opsdeck/integrations";
import type { ActionDeps, TargetRow } from "../targets.ts";

export type RunningAction = {
  id: string;
  number: number;
  kind: ActionKind;
  params: Record<string, unknown>;
  target: TargetRow;
  requestedBy: { email: string; name: string | null } | null;
};

/** Does one kind of action; returns what the run page shows as its result. Throws to fail the run. */
export type Executor = (c: {
  db: Db;
  run: RunningAction;
  io: RunIo;
  deps: ActionDeps;
  now: () => Date;
}) => Promise<Record<string, unknown>>;
