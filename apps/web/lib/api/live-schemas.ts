import type { TileHistoryPatch, TileStatePatch } from "@opsdeck/core/check/tile-patches";
import { CheckState } from "@opsdeck/db";
import { z } from "zod";
import { ZWorkerStatus } from "./schemas.ts";

/** At most this many checks per stream get their results and history pushed; state changes reach every stream. */
export const MAX_WATCHED_CHECKS = 500;

export const ZEventsQuery = z.strictObject({
  checks: z
    .string()
    .max(MAX_WATCHED_CHECKS * 31)
    .regex(/^[A-Za-z0-9_-]+(,[A-Za-z0-9_-]+)*$/, "comma-separated check ids")
    .refine((s) => s.split(",").length <= MAX_WATCHED_CHECKS, `at most ${MAX_WATCHED_CHECKS} checks`)
    .optional()
    .describe("Comma-separated ids of the checks the page shows: their results and history are pushed too"),
  lastEventId: z
    .string()
    .regex(/^\d{1,15}$/, "a whole number")
    .optional()
    .describe("Resume after this event id (the Last-Event-ID header wins when both are sent)"),
});

const ZStatePatch = z.object({
  id: z.string(),
  name: z.string(),
  serviceId: z.string(),
  state: z.enum(CheckState),
  stateSince: z.string(),
  lastCheckedAt: z.string().nullable(),
  stale: z.boolean(),
  lastLatencyMs: z.number().int().nullable(),
  lastMessage: z.string().nullable(),
}) satisfies z.ZodType<TileStatePatch>;

const ZKey = z
  .number()
  .int()
  .optional()
  .describe("This stream's key for a check it watches: later results and history moves name the check by it");

const ZKeyedStatePatch = ZStatePatch.extend({ k: ZKey });

const ZHistoryPatch = z
  .object({
    id: z.string(),
    historyAt: z.string().describe("The minute the sparkline's last point stands for; the uptime bar ends at its hour"),
    uptimeBar: z
      .array(z.number().nullable())
      .describe("The last of the 24 hourly up fractions (all 24 the first time)"),
    sparkline: z.array(z.number().nullable()).describe("The last of the 60 minute means (all 60 the first time)"),
  })
  .describe(
    "A tile's history, whole: the stream's first of a check (later ones come as moves).",
  ) satisfies z.ZodType<TileHistoryPatch>;

const ZKeyedHistoryPatch = ZHistoryPatch.extend({ k: ZKey });

const frame = <E extends string, D extends z.ZodType>(event: E, data: D, description: string) =>
  z.object({ event: z.literal(event), data }).describe(description);

/**
 * One server-sent event, as `event:` name and JSON `data:` (and an `id:` where a reconnect may resume).
 * The stream is `text/event-stream`; the schema describes each event's name and data.
 */
const ZChecklistRunFrame = z.object({ slug: z.string(), runId: z.string(), version: z.number().int() });

export const ZLiveFrame = z.union([
  frame(
    "hello",
    z.object({ head: z.number().int(), database: z.enum(["up", "down"]) }),
    "First on every stream: the newest event id",
  ),
  frame(
    "tiles",
    z.object({
      states: z.array(ZKeyedStatePatch).describe("Tiles whole: a state change, or a watched check's first frame"),
      histories: z.array(ZKeyedHistoryPatch),
      t: z.number().int().optional().describe("When the frame was read (ms since the epoch): rows count back from it"),
      results: z
        .array(z.tuple([z.number().int(), z.number().int(), z.number().int().nullable()]))
        .optional()
        .describe(
          "[k, ms from lastCheckedAt back to t, lastLatencyMs]: a watched check ran and nothing else of its tile changed",
        ),
      moves: z
        .array(
          z.tuple([z.number().int(), z.number().int(), z.array(z.number().nullable()), z.array(z.number().nullable())]),
        )
        .optional()
        .describe(
          "[k, minutes from historyAt back to t's minute, last uptime points, last sparkline points]: move the tile's series to end at historyAt (buckets that pass are unknown), then replace their last points by these",
        ),
    }),
    "Checks that changed state (every stream), and results and history of the checks this stream watches; at most one per second unless a state changed. A stream sends a watched check whole once, with a key, then only what changed",
  ),
  frame(
    "refetch",
    z.object({ what: z.literal("checks") }),
    "Checks, services or maintenance changed: read the check list again",
  ),
  frame("reset", z.object({ reason: z.string() }), "Too far behind to catch up: read everything again once"),
  frame(
    "status",
    z.object({ database: z.enum(["up", "down"]) }),
    "The server lost or regained its database: until up, nothing shown is current",
  ),
  frame(
    "ping",
    z.object({ at: z.string(), database: z.enum(["up", "down"]), worker: ZWorkerStatus.nullable() }),
    "Every 15 s: the stream is alive, and whether checks are running",
  ),
  frame("incident.created", z.record(z.string(), z.unknown()), "An incident was declared"),
  frame("incident.changed", z.record(z.string(), z.unknown()), "An incident's status, severity or roles changed"),
  frame("incident.timeline", z.record(z.string(), z.unknown()), "An entry was added to an incident's timeline"),
  frame(
    "response.changed",
    z.object({ number: z.number().int(), id: z.string(), stepId: z.string() }),
    "A step of an incident's response checklist was ticked, unticked or skipped",
  ),
  frame(
    "action.changed",
    z.object({ id: z.string(), number: z.number().int(), targetId: z.string(), status: z.string() }),
    "An action run was requested, approved, started, cancelled or expired",
  ),
  frame(
    "action.progress",
    z.object({ id: z.string(), progress: z.number(), note: z.string().nullable() }),
    "An action run moved on (0..1, with a note such as bytes written)",
  ),
  frame(
    "action.log",
    z.object({ id: z.string(), lines: z.array(z.object({ id: z.number().int(), at: z.string(), line: z.string() })) }),
    "An action run logged lines",
  ),
  frame(
    "action.finished",
    z.object({ id: z.string(), number: z.number().int(), targetId: z.string(), status: z.string() }),
    "An action run ended: SUCCEEDED, FAILED or CANCELLED",
  ),
  frame("checklist.run", ZChecklistRunFrame, "A checklist run opened, or was missed"),
  frame("checklist.item", ZChecklistRunFrame, "An item of a checklist run was answered"),
  frame("checklist.signoff", ZChecklistRunFrame, "A checklist run was signed off"),
  frame(
    "checklist.notification",
    z.object({ slug: z.string(), runId: z.string() }),
    "A notification about a checklist run (its miss) was sent, failed or will be retried",
  ),
  frame(
    "postmortem.changed",
    z.object({ id: z.string(), number: z.number().int(), version: z.number().int() }),
    "A postmortem or one of its action items was created, edited or deleted (number: its incident's)",
  ),
  frame(
    "severity_policy.changed",
    z.object({ severity: z.enum(["P0", "P1", "P2", "P3"]) }),
    "An admin changed a severity's targets, update cadence or postmortem rule: open incidents' update timers follow",
  ),
  frame(
    "database.sampled",
    z.object({ ids: z.array(z.string()) }),
    "Postgres insights of these databases were sampled",
  ),
  frame("database.changed", z.object({ id: z.string() }), "A backend of a monitored database was terminated"),
  frame(
    "alert.changed",
    z.object({ id: z.string(), version: z.number().int() }),
    "An alert rule was created, edited or deleted, or one of its states changed",
  ),
  frame("stripe.sampled", z.object({ ids: z.array(z.string()) }), "The Stripe metrics of these targets were read"),
  frame(
    "app_metrics.scraped",
    z.object({ services: z.array(z.string()) }),
    "The metrics endpoints of these services (slugs) were scraped, or one was set or removed",
  ),
  frame(
    "schedule.changed",
    z.object({ id: z.string() }),
    "An on-call schedule was created, or an override of it was added or removed",
  ),
]);
