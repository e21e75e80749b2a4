import type { ActionKind, ActionStatus, Role, TargetKind } from "@opsdeck/db";

export const ACTION_KINDS = [
  "ROLLBACK",
  "BACKUP",
  "VERIFY",
  "RESTORE",
  "REPLAY",
] as const satisfies readonly ActionKind[];
export const ACTION_STATUSES = [
  "AWAITING_APPROVAL",
  "QUEUED",
  "RUNNING",
  "SUCCEEDED",
  "FAILED",
  "CANCELLED",
  "EXPIRED",
] as const satisfies readonly ActionStatus[];
export const TARGET_KINDS = [
  "RELEASES",
  "VERCEL",
  "RENDER",
  "WEBHOOK",
  "POSTGRES",
  "STRIPE",
] as const satisfies readonly TargetKind[];

/** A run in one of these holds its target: no second run may start there until it ends. */
export const LIVE_STATUSES = ["AWAITING_APPROVAL", "QUEUED", "RUNNING"] as const satisfies readonly ActionStatus[];
export const isLive = (s: ActionStatus): boolean => (LIVE_STATUSES as readonly string[]).includes(s);

/** Who may request each action: responders roll back, back up, verify and replay; only admins restore. */
export const ROLE_FOR: Record<ActionKind, Role> = {
  ROLLBACK: "RESPONDER",
  BACKUP: "RESPONDER",
  VERIFY: "RESPONDER",
  RESTORE: "ADMIN",
  REPLAY: "RESPONDER",
};

export const DEPLOY_KINDS = ["RELEASES", "VERCEL", "RENDER", "WEBHOOK"] as const satisfies readonly TargetKind[];
export const isDeployKind = (k: TargetKind): boolean => (DEPLOY_KINDS as readonly string[]).includes(k);

/** The actions a target of each kind offers. */
export function actionsFor(kind: TargetKind): ActionKind[] {
  if (isDeployKind(kind)) return ["ROLLBACK"];
  if (kind === "POSTGRES") return ["BACKUP", "VERIFY", "RESTORE"];
  return ["REPLAY"];
}

/** Actions that change what production serves or holds: they follow the target's two-person rule. */
export const DESTRUCTIVE: readonly ActionKind[] = ["ROLLBACK", "RESTORE"];

/** An approval request nobody answers within this time expires. */
export const APPROVAL_TTL_MS = 30 * 60_000;

export const ACTION_LABEL: Record<ActionKind, string> = {
  ROLLBACK: "Roll back",
  BACKUP: "Back up",
  VERIFY: "Verify backup",
  RESTORE: "Restore",
  REPLAY: "Replay webhooks",
};
