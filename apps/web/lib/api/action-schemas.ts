import type { ActionRunDetailDto, ActionRunDto, BackupDto, TargetDto } from "@opsdeck/core";
import type { Deployment } from "@opsdeck/integrations";
import { z } from "zod";
import { ACTION_KINDS, ACTION_STATUSES, TARGET_KINDS } from "@opsdeck/core/action/kinds";

/* Response schemas of the actions and targets routes. */

const ZIsoDate = z.string().describe("ISO 8601 date-time");
const ZPerson = z.object({ id: z.string(), name: z.string().nullable(), email: z.string() });

export const ZTargetOut = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(TARGET_KINDS),
  service: z.object({ id: z.string(), slug: z.string(), name: z.string() }).nullable(),
  config: z.record(z.string(), z.unknown()).describe("The kind's settings; never the credential"),
  hasCredential: z.boolean(),
  requireApproval: z.boolean().describe("Rollbacks and restores wait for a second person's approval"),
  actions: z.array(z.enum(ACTION_KINDS)),
  createdAt: ZIsoDate,
}) satisfies z.ZodType<TargetDto>;

export const ZDeploymentOut = z.object({
  id: z.string(),
  commit: z.string().nullable(),
  message: z.string().nullable(),
  author: z.string().nullable(),
  createdAt: ZIsoDate,
  state: z.string().describe("The provider's own state word"),
  live: z.boolean().describe("Serving production now"),
  url: z.string().nullable(),
}) satisfies z.ZodType<Deployment>;

export const ZBackupOut = z.object({
  id: z.string(),
  origin: z.enum(["MANUAL", "SCHEDULED", "SAFETY"]),
  key: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  durationMs: z.number().int(),
  serverVersion: z.string(),
  toolVersion: z.string(),
  rowCounts: z.record(z.string(), z.number().int()).describe("Rows per schema.table at dump time"),
  totalRows: z.number().int(),
  verifiedAt: ZIsoDate.nullable(),
  verification: z.record(z.string(), z.unknown()).nullable(),
  deletedAt: ZIsoDate.nullable().describe("Set when the file was removed (retention or by hand)"),
  createdAt: ZIsoDate,
  runId: z.string().nullable(),
}) satisfies z.ZodType<BackupDto>;

export const ZActionRunOut = z.object({
  id: z.string(),
  number: z.number().int(),
  kind: z.enum(ACTION_KINDS),
  status: z.enum(ACTION_STATUSES),
  target: z.object({ id: z.string(), name: z.string(), kind: z.enum(TARGET_KINDS) }),
  params: z.record(z.string(), z.unknown()),
  summary: z.string().describe("What it does, from → to"),
  progress: z.number().min(0).max(1),
  progressNote: z.string().nullable(),
  result: z.record(z.string(), z.unknown()).nullable(),
  error: z.string().nullable(),
  requestedBy: ZPerson.nullable(),
  approvedBy: ZPerson.nullable(),
  approvedAt: ZIsoDate.nullable(),
  expiresAt: ZIsoDate.nullable().describe("When an approval request expires"),
  cancelRequestedAt: ZIsoDate.nullable(),
  incident: z.object({ number: z.number().int(), title: z.string() }).nullable(),
  createdAt: ZIsoDate,
  startedAt: ZIsoDate.nullable(),
  finishedAt: ZIsoDate.nullable(),
  heartbeatAt: ZIsoDate.nullable().describe("The running worker's last sign of life"),
}) satisfies z.ZodType<ActionRunDto>;

export const ZActionRequested = ZActionRunOut.extend({
  created: z.boolean().describe("false when the idempotency key returned an earlier run"),
});

export const ZActionRunDetailOut = ZActionRunOut.extend({
  log: z
    .array(z.object({ id: z.number().int(), at: ZIsoDate, line: z.string() }))
    .describe("The latest log lines, oldest first"),
  logTruncated: z.boolean(),
}) satisfies z.ZodType<ActionRunDetailDto>;

export const ZFailedWebhooksOut = z.object({
  events: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      createdAt: ZIsoDate,
      pendingWebhooks: z.number().int().nullable().describe("Endpoints still waiting for a successful delivery"),
    }),
  ),
  endpoints: z.array(
    z.object({ id: z.string(), url: z.string(), status: z.string(), enabledEvents: z.array(z.string()) }),
  ),
});

export const ZAutoDeployOut = z.object({
  autoDeploy: z.boolean().describe("A push to the service's branch deploys on its own"),
});
