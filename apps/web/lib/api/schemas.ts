import type { IncidentDetailDto, IncidentSummaryDto, OverviewSummaryDto } from "@opsdeck/core";
import type { CheckDto, MaintenanceWindowDto } from "@opsdeck/core/check/index";
import type { WorkerStatusDto } from "@opsdeck/core/health/worker-status";
import { CheckKind, CheckState } from "@opsdeck/db";
import { z } from "zod";

export const ZMe = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(["VIEWER", "RESPONDER", "ADMIN"]),
});

export const ZSeverity = z.enum(["P0", "P1", "P2", "P3"]);
const ZIncidentStatus = z.enum(["INVESTIGATING", "IDENTIFIED", "MONITORING", "RESOLVED"]);
const ZUserRef = z.object({ id: z.string(), name: z.string().nullable(), email: z.string() });
export const ZIsoDate = z.string().describe("ISO 8601 date-time");
export const ZServiceRef = z.object({ id: z.string(), slug: z.string(), name: z.string() });

const ZCheckCounts = z
  .object({
    total: z.number().int(),
    byState: z.record(z.enum(CheckState), z.number().int()),
  })
  .describe("Every check by the state it shows (MAINTENANCE under an active window), from one count over all checks");

export const ZOverviewSummary = z.object({
  services: z.number().int(),
  checks: ZCheckCounts,
  openIncidents: z.object({
    total: z.number().int(),
    bySeverity: z.object({ P0: z.number().int(), P1: z.number().int(), P2: z.number().int(), P3: z.number().int() }),
    slaBreached: z.number().int(),
  }),
  oldestOpenIncident: z
    .object({
      id: z.string(),
      number: z.number().int(),
      title: z.string(),
      severity: ZSeverity,
      status: ZIncidentStatus,
      detectedAt: ZIsoDate,
      ageMs: z.number(),
    })
    .nullable(),
  openActionItems: z.object({ total: z.number().int(), overdue: z.number().int() }),
  checklistsToday: z.object({
    periodKey: z.string(),
    due: z.number().int(),
    signedOff: z.number().int(),
    /** Runs whose grace ran out unsigned while their period is still on. */
    missed: z.array(z.object({ slug: z.string(), name: z.string(), periodKey: z.string(), missedAt: z.string() })),
  }),
}) satisfies z.ZodType<OverviewSummaryDto>;

export const ZIncidentSummary = z.object({
  id: z.string(),
  number: z.number().int(),
  title: z.string(),
  severity: ZSeverity,
  severityLabel: z.string(),
  status: ZIncidentStatus,
  service: ZServiceRef.nullable().describe("The first affected service"),
  services: z.array(ZServiceRef).describe("Every affected service, by name"),
  commander: ZUserRef.nullable(),
  commsLead: ZUserRef.nullable().describe("The communications lead"),
  customerFacing: z.boolean(),
  public: z.boolean().describe("Published on the status page, with its status updates"),
  detectedAt: ZIsoDate,
  acknowledgedAt: ZIsoDate.nullable(),
  respondedAt: ZIsoDate.nullable().describe("The acknowledgement, or the first resolution of one nobody acknowledged"),
  mitigatedAt: ZIsoDate.nullable(),
  resolvedAt: ZIsoDate.nullable(),
  sla: z
    .object({
      responseMinutes: z.number().int().describe("The response target it is held to, from detection"),
      resolveMinutes: z.number().int().describe("The resolve target it is held to, from detection"),
      responseDueAt: ZIsoDate,
      resolveDueAt: ZIsoDate,
      responseBreached: z.boolean(),
      resolveBreached: z.boolean(),
      responseBreachedAt: ZIsoDate.nullable().describe("When the response target was recorded as missed"),
      resolveBreachedAt: ZIsoDate.nullable().describe("When the resolve target was recorded as missed"),
      remainingMs: z.number().describe("Until the resolve deadline; negative when late"),
    })
    .describe("Against the severity policy's targets when it was declared (or its severity last changed)"),
  nextUpdate: z
    .object({
      cadenceMinutes: z.number().int(),
      since: ZIsoDate.describe("The last status update, declaration, reopening or severity change"),
      dueAt: ZIsoDate,
    })
    .nullable()
    .describe("When the next status update is due under the policy's cadence; null once resolved or without one"),
  postmortemRequired: z.boolean().describe("Whether the severity policy asks for a postmortem of its severity"),
  postmortemId: z.string().nullable(),
  unansweredAt: ZIsoDate.nullable().describe(
    "When its escalation ran out with nobody acknowledging; null once acknowledged or resolved",
  ),
}) satisfies z.ZodType<IncidentSummaryDto>;

export const ZIncidentDetail = ZIncidentSummary.extend({
  summary: z.string().nullable(),
  createdAt: ZIsoDate,
  updatedAt: ZIsoDate,
  events: z
    .array(
      z.object({
        id: z.string(),
        kind: z
          .string()
          .describe(
            "opened, acknowledged, investigating, identified, monitoring, mitigated, resolved, reopened, severity, role, customer_facing, note, sla_breach…",
          ),
        message: z.string(),
        at: ZIsoDate,
        author: ZUserRef.nullable(),
        data: z.record(z.string(), z.unknown()).nullable().describe("What the kind records beyond the message"),
      }),
    )
    .describe("The timeline, oldest first"),
  roleHistory: z
    .array(
      z.object({
        role: z.enum(["COMMANDER", "COMMS_LEAD"]),
        user: ZUserRef.nullable(),
        startedAt: ZIsoDate,
        endedAt: ZIsoDate.nullable().describe("null while the role is held"),
      }),
    )
    .describe("Who held which role when, oldest first"),
}) satisfies z.ZodType<IncidentDetailDto>;

const ZTileOut = z.looseObject({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  state: z.enum(CheckState),
  stale: z.boolean(),
  historyAt: z.string().describe("The minute the sparkline's last point stands for; the uptime bar ends at its hour"),
  uptimeBar: z.array(z.number().nullable()),
  sparkline: z.array(z.number().nullable()),
});
export const ZHealthSummary = z
  .object({
    counts: ZCheckCounts.extend({ stale: z.number().int().describe("Checks with no recent result") }),
    services: z
      .array(
        z.object({
          id: z.string(),
          slug: z.string(),
          name: z.string(),
          tier: z.string(),
          state: z.enum(CheckState).describe("The worst state any of its checks shows"),
          total: z.number().int(),
          byState: z
            .partialRecord(z.enum(CheckState), z.number().int())
            .describe("States none of its checks shows are left out"),
          stale: z.number().int(),
          checks: z.array(ZTileOut).describe("Tiles of its checks that are not UP, worst first"),
        }),
      )
      .describe("Every service with a check, worst first; read a service's own tiles with GET /api/v1/checks?service="),
    problems: z
      .object({ total: z.number().int(), shown: z.number().int() })
      .describe("Checks that are not UP, and how many of them have a tile here (the worst ones)"),
  })
  .describe("The Overview's health: per-service counts by shown state and the tiles of the checks that are not UP");

export const ZOverview = z.object({
  summary: ZOverviewSummary,
  openIncidents: z.array(ZIncidentSummary).describe("Open incidents, most urgent first"),
  health: ZHealthSummary,
});

const ZLoose = z.looseObject({});
export const ZServiceOut = z.looseObject({ id: z.string(), slug: z.string(), name: z.string() });
export const ZCheckOut = z.object({
  id: z.string(),
  seq: z.number().int(),
  serviceId: z.string(),
  name: z.string(),
  kind: z.enum(CheckKind),
  config: ZLoose.describe("The probe's settings; header credentials and URL passwords are redacted"),
  intervalSeconds: z.number().int(),
  timeoutMs: z.number().int(),
  downAfter: z.number().int(),
  paused: z.boolean(),
  state: z.enum(CheckState),
  stateSince: ZIsoDate,
  lastCheckedAt: ZIsoDate.nullable(),
  lastLatencyMs: z.number().nullable(),
  lastMessage: z.string().nullable(),
  lastPingAt: ZIsoDate.nullable(),
  runRequestedAt: ZIsoDate.nullable(),
  createdAt: ZIsoDate,
  updatedAt: ZIsoDate,
}) satisfies z.ZodType<CheckDto>;
export const ZCheckCreated = z.object({
  check: ZCheckOut,
  pingPath: z.string().nullable().describe("Shown once for heartbeat checks"),
});
export const ZChecksCreated = z.object({
  created: z.number().int(),
  checks: z.array(ZCheckCreated).describe("In the order sent; heartbeat checks carry their ping path once"),
});
export const ZCheckTiles = z.object({
  services: z.array(
    z.looseObject({
      slug: z.string(),
      state: z.string(),
      checks: z.array(z.looseObject({ id: z.string(), name: z.string(), kind: z.string(), state: z.string() })),
    }),
  ),
  total: z.number().int().describe("Checks that match q and state, on every page"),
  truncated: z.boolean().describe("More matching checks follow this page"),
  counts: ZCheckCounts,
  next: z.string().nullable().describe("The cursor of the next page (also in the Link and X-Next-Cursor headers)"),
});
export const ZHealthOut = z.looseObject({ range: z.string(), bucketSeconds: z.number() });
export const ZMaintenanceOut = z.object({
  id: z.string(),
  checkId: z.string().nullable(),
  serviceId: z.string().nullable(),
  startsAt: ZIsoDate,
  endsAt: ZIsoDate,
  reason: z.string(),
}) satisfies z.ZodType<MaintenanceWindowDto>;
export const ZDeleted = z.looseObject({ id: z.string() });

export const ZWorkerStatus = z.object({
  running: z.boolean().describe("A worker heartbeat is at most maxAgeSeconds old: checks are running"),
  lastSeenAt: ZIsoDate.nullable().describe("The newest heartbeat of any worker; null when none has reported"),
  maxAgeSeconds: z.number().int(),
  message: z.string(),
}) satisfies z.ZodType<WorkerStatusDto>;
