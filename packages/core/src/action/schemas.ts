import { z } from "zod";
import { ZCursor } from "../page/schemas.ts";
import { ACTION_KINDS, ACTION_STATUSES } from "./kinds.ts";

const id = z.string({ error: "Required" }).trim().min(1, "Required").max(100);

export const ZRollbackParams = z.object({
  /** The deployment to make live; omitted: the one before the live one. */
  deploymentId: z.string().trim().min(1).max(200).optional(),
});
export const ZBackupParams = z.object({});
export const ZVerifyParams = z.object({ backupId: id });
export const ZRestoreParams = z.object({
  backupId: id,
  mode: z.enum(["new", "in-place"]).default("new"),
  /** The database to create for mode "new"; generated when omitted. */
  newDatabase: z
    .string()
    .trim()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, "Use lowercase letters, digits and _ (at most 63), starting with a letter or _")
    .optional(),
  /** The target database's name, typed by the person restoring. */
  confirm: z.string({ error: "Type the database name to confirm" }).max(100),
});
export const ZReplayParams = z.object({
  endpointId: z
    .string()
    .trim()
    .regex(/^we_[A-Za-z0-9]+$/, "A webhook endpoint id starts with we_"),
  eventIds: z
    .array(
      z
        .string()
        .trim()
        .regex(/^evt_[A-Za-z0-9]+$/, "An event id starts with evt_"),
    )
    .min(1, "Choose at least one event")
    .max(500, "Replay at most 500 events at once"),
});

export const PARAMS = {
  ROLLBACK: ZRollbackParams,
  BACKUP: ZBackupParams,
  VERIFY: ZVerifyParams,
  RESTORE: ZRestoreParams,
  REPLAY: ZReplayParams,
} as const;

export const ZRequestAction = z.object({
  kind: z.enum(ACTION_KINDS, { error: `Choose one of ${ACTION_KINDS.join(", ")}` }),
  targetId: id,
  params: z.record(z.string(), z.unknown()).default({}),
  /** The same key from the same person returns the same run (a double click, a retried request). */
  idempotencyKey: z.string().trim().min(8, "Use at least 8 characters").max(100).optional(),
  /** The incident to link; omitted: the target's service's open incident, if any. */
  incidentNumber: z.int().positive().optional(),
});
export type TRequestAction = z.input<typeof ZRequestAction>;

export const ZRunRef = z.object({ id });
export type TRunRef = z.input<typeof ZRunRef>;

export const ZListRuns = z.object({
  status: z.enum(ACTION_STATUSES).optional(),
  kind: z.enum(ACTION_KINDS).optional(),
  targetId: id.optional(),
  limit: z.int().min(1).max(200).default(100),
  cursor: ZCursor,
});
export type TListRuns = z.input<typeof ZListRuns>;
