import { ZListCheckTiles } from "@opsdeck/core/check/schemas";
import { ZListServices } from "@opsdeck/core/service/schemas";
import {
  ZCheckIdParam,
  ZCreateCheckBody,
  ZCreateChecksBody,
  ZCreateMaintenanceBody,
  ZCreateServiceBody,
  ZDeclareIncidentBody,
  ZIncidentNoteBody,
  ZIncidentNumberParam,
  ZIncidentUpdateBody,
  ZListIncidentsQuery,
  ZPatchIncidentBody,
  ZRangeQuery,
  ZServiceRangeQuery,
  ZServiceSlugParam,
  ZUpdateCheckBody,
  ZUpdateServiceBody,
} from "./inputs.ts";
import { actionOperations } from "./action-operations.ts";
import { alertOperations } from "./alert-operations.ts";
import { appMetricsOperations } from "./app-metrics-operations.ts";
import { calendarFeedOperations } from "./calendar-feed-operations.ts";
import { contactOperations } from "./contact-operations.ts";
import { checklistOperations } from "./checklist-operations.ts";
import { databaseOperations } from "./database-operations.ts";
import { markerOperations } from "./marker-operations.ts";
import { stripeMetricsOperations } from "./stripe-metrics-operations.ts";
import { postmortemOperations } from "./postmortem-operations.ts";
import { ZEventsQuery, ZLiveFrame } from "./live-schemas.ts";
import { notificationOperations } from "./notification-operations.ts";
import { reportOperations } from "./report-operations.ts";
import { severityPolicyOperations } from "./severity-policy-operations.ts";
import { responseOperations } from "./response-operations.ts";
import { scheduleOperations } from "./schedule-operations.ts";
import { escalationOperations } from "./escalation-operations.ts";
import { type ApiOperation, op } from "./openapi.ts";
import { ZStatusPage } from "./status-schemas.ts";
import {
  ZCheckCreated,
  ZChecksCreated,
  ZCheckOut,
  ZCheckTiles,
  ZDeleted,
  ZHealthOut,
  ZIncidentDetail,
  ZIncidentSummary,
  ZMaintenanceOut,
  ZMe,
  ZOverview,
  ZServiceOut,
  ZWorkerStatus,
} from "./schemas.ts";

const SLUG_TAKEN = "Another service has that slug";
const INCIDENT_RESOLVED = "The incident is resolved: reopen it first";

/** A change to one incident: POST /api/v1/incidents/{number}/<verb>, answered with the incident. */
const incidentVerb = (verb: string, summary: string, conflict: string) =>
  op({
    method: "post",
    path: `/api/v1/incidents/{number}/${verb}`,
    summary,
    tag: "incidents",
    role: "RESPONDER",
    params: ZIncidentNumberParam,
    response: ZIncidentDetail,
    errors: { 409: conflict },
  });

/** Every /api/v1 operation. Each route serves its entry (role, schemas, status) and the OpenAPI document lists them all. */
export const api = {
  me: op({
    method: "get",
    path: "/api/v1/me",
    summary: "The caller: user, email and role",
    tag: "auth",
    role: "VIEWER",
    response: ZMe,
  }),
  overview: op({
    method: "get",
    path: "/api/v1/overview",
    summary:
      "Dashboard numbers, the open incidents and the health summary (per-service counts, tiles of checks that are not UP), for the live overview",
    tag: "overview",
    role: "VIEWER",
    response: ZOverview,
  }),
  status: op({
    method: "get",
    path: "/api/v1/status",
    summary:
      "The public status page's data: public services, their 90-day uptime, public incidents (cached; no sign-in)",
    tag: "status",
    role: "PUBLIC",
    response: ZStatusPage,
  }),
  workerStatus: op({
    method: "get",
    path: "/api/v1/worker",
    summary: "Whether checks are running (a fresh worker heartbeat) and the last heartbeat",
    tag: "overview",
    role: "VIEWER",
    response: ZWorkerStatus,
  }),
  events: op({
    method: "get",
    path: "/api/v1/events",
    summary:
      "What changes, as it changes (server-sent events). Send Last-Event-ID to resume; a ping every 15 s keeps the stream open",
    tag: "live",
    role: "VIEWER",
    query: ZEventsQuery,
    stream: true,
    response: ZLiveFrame,
  }),
  listServices: op({
    method: "get",
    path: "/api/v1/services",
    summary: "List services, most critical tier first, then by name",
    tag: "services",
    role: "VIEWER",
    query: ZListServices,
    paged: true,
    response: ZServiceOut.array(),
  }),
  createService: op({
    method: "post",
    path: "/api/v1/services",
    summary: "Create a service (the slug comes from the name unless given)",
    tag: "services",
    role: "RESPONDER",
    body: ZCreateServiceBody,
    status: 201,
    response: ZServiceOut,
    errors: { 409: SLUG_TAKEN },
  }),
  getService: op({
    method: "get",
    path: "/api/v1/services/{slug}",
    summary: "A service with runbook and recent incidents",
    tag: "services",
    role: "VIEWER",
    params: ZServiceSlugParam,
    response: ZServiceOut,
  }),
  updateService: op({
    method: "patch",
    path: "/api/v1/services/{slug}",
    summary: 'Update a service: fields left out are unchanged, null or "" clears an optional one',
    tag: "services",
    role: "RESPONDER",
    params: ZServiceSlugParam,
    body: ZUpdateServiceBody,
    response: ZServiceOut,
    errors: { 409: SLUG_TAKEN },
  }),
  deleteService: op({
    method: "delete",
    path: "/api/v1/services/{slug}",
    summary: "Delete a service and its checks",
    tag: "services",
    role: "RESPONDER",
    params: ZServiceSlugParam,
    response: ZDeleted,
  }),
  serviceHealth: op({
    method: "get",
    path: "/api/v1/services/{slug}/health",
    summary: "Uptime, latency percentiles, state changes and failures of a service's checks",
    tag: "services",
    role: "VIEWER",
    params: ZServiceSlugParam,
    query: ZServiceRangeQuery,
    response: ZHealthOut,
  }),
  listChecks: op({
    method: "get",
    path: "/api/v1/checks",
    summary:
      "Health tiles of the checks, grouped by service, worst first (or by name), with every check's state counts",
    tag: "checks",
    role: "VIEWER",
    query: ZListCheckTiles,
    paged: true,
    response: ZCheckTiles,
  }),
  createCheck: op({
    method: "post",
    path: "/api/v1/checks",
    summary: "Create a check (heartbeat checks return their ping path once)",
    tag: "checks",
    role: "RESPONDER",
    body: ZCreateCheckBody,
    status: 201,
    response: ZCheckCreated,
    errors: {
      400: "The input is invalid, the service does not exist or a named secret is missing: fieldErrors say which",
    },
  }),
  createChecks: op({
    method: "post",
    path: "/api/v1/checks/bulk",
    summary: "Create up to 1000 checks in one call, all or none (one audit row names them)",
    tag: "checks",
    role: "RESPONDER",
    body: ZCreateChecksBody,
    status: 201,
    response: ZChecksCreated,
    errors: {
      400: "A check is invalid, names an unknown service or a missing secret: nothing is created, and fieldErrors name each by index (checks.3.config.url)",
    },
  }),
  getCheck: op({
    method: "get",
    path: "/api/v1/checks/{id}",
    summary: "A check with uptime, latency series, events and failures",
    tag: "checks",
    role: "VIEWER",
    params: ZCheckIdParam,
    query: ZRangeQuery,
    response: ZHealthOut,
  }),
  updateCheck: op({
    method: "patch",
    path: "/api/v1/checks/{id}",
    summary: "Update a check: fields left out are unchanged; a config replaces the whole config",
    tag: "checks",
    role: "RESPONDER",
    params: ZCheckIdParam,
    body: ZUpdateCheckBody,
    response: ZCheckOut,
  }),
  deleteCheck: op({
    method: "delete",
    path: "/api/v1/checks/{id}",
    summary: "Delete a check",
    tag: "checks",
    role: "RESPONDER",
    params: ZCheckIdParam,
    response: ZDeleted,
  }),
  pauseCheck: op({
    method: "post",
    path: "/api/v1/checks/{id}/pause",
    summary: "Pause a check",
    tag: "checks",
    role: "RESPONDER",
    params: ZCheckIdParam,
    response: ZCheckOut,
  }),
  resumeCheck: op({
    method: "post",
    path: "/api/v1/checks/{id}/resume",
    summary: "Resume a check",
    tag: "checks",
    role: "RESPONDER",
    params: ZCheckIdParam,
    response: ZCheckOut,
  }),
  runCheck: op({
    method: "post",
    path: "/api/v1/checks/{id}/run",
    summary: "Ask the worker to run a check now",
    tag: "checks",
    role: "RESPONDER",
    params: ZCheckIdParam,
    response: ZCheckOut,
    errors: { 400: "A heartbeat check cannot be run on demand", 409: "The check is paused" },
  }),
  createMaintenance: op({
    method: "post",
    path: "/api/v1/checks/{id}/maintenance",
    summary: "Start a maintenance window for a check",
    tag: "checks",
    role: "RESPONDER",
    params: ZCheckIdParam,
    body: ZCreateMaintenanceBody,
    status: 201,
    response: ZMaintenanceOut,
    errors: { 400: "The input is invalid or the check does not exist: fieldErrors say which" },
  }),
  listIncidents: op({
    method: "get",
    path: "/api/v1/incidents",
    summary: "Incidents with SLA status: open ones most urgent first, resolved ones newest first (200 a page)",
    tag: "incidents",
    role: "VIEWER",
    query: ZListIncidentsQuery,
    paged: true,
    response: ZIncidentSummary.array(),
  }),
  declareIncident: op({
    method: "post",
    path: "/api/v1/incidents",
    summary:
      "Declare an incident on one or more services; the caller is its commander unless commanderId names another",
    tag: "incidents",
    role: "RESPONDER",
    body: ZDeclareIncidentBody,
    status: 201,
    response: ZIncidentDetail,
    errors: { 400: "The input is invalid, a service slug or the commander is unknown: fieldErrors say which" },
  }),
  getIncident: op({
    method: "get",
    path: "/api/v1/incidents/{number}",
    summary: "An incident with its timeline and role history",
    tag: "incidents",
    role: "VIEWER",
    params: ZIncidentNumberParam,
    response: ZIncidentDetail,
  }),
  updateIncident: op({
    method: "patch",
    path: "/api/v1/incidents/{number}",
    summary:
      "Change severity, hand over the commander or communications lead (null: nobody), mark it customer-facing, or set when it was mitigated",
    tag: "incidents",
    role: "RESPONDER",
    params: ZIncidentNumberParam,
    body: ZPatchIncidentBody,
    response: ZIncidentDetail,
    errors: { 400: "The input is invalid or a user cannot hold the role: fieldErrors say which" },
  }),
  acknowledgeIncident: incidentVerb("acknowledge", "Acknowledge an incident", "Already acknowledged, or resolved"),
  postIncidentUpdate: op({
    method: "post",
    path: "/api/v1/incidents/{number}/updates",
    summary: "Post a status update (status, impact, next update, details); RESOLVED resolves it",
    tag: "incidents",
    role: "RESPONDER",
    params: ZIncidentNumberParam,
    body: ZIncidentUpdateBody,
    response: ZIncidentDetail,
    errors: { 409: INCIDENT_RESOLVED },
  }),
  addIncidentNote: op({
    method: "post",
    path: "/api/v1/incidents/{number}/notes",
    summary: "Add a note to the timeline, optionally backdated (between detection and now)",
    tag: "incidents",
    role: "RESPONDER",
    params: ZIncidentNumberParam,
    body: ZIncidentNoteBody,
    response: ZIncidentDetail,
  }),
  resolveIncident: incidentVerb("resolve", "Resolve an incident", "Already resolved"),
  reopenIncident: incidentVerb("reopen", "Reopen a resolved incident", "The incident is not resolved"),
  ...postmortemOperations,
  ...responseOperations,
  ...actionOperations,
  ...checklistOperations,
  ...notificationOperations,
  ...reportOperations,
  ...severityPolicyOperations,
  ...databaseOperations,
  ...alertOperations,
  ...stripeMetricsOperations,
  ...appMetricsOperations,
  ...contactOperations,
  ...markerOperations,
  ...scheduleOperations,
  ...escalationOperations,
  ...calendarFeedOperations,
};

export const operations: ApiOperation[] = Object.values(api);
