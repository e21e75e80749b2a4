import type { ApiOperation } from "./openapi.ts";
import { z } from "zod";
import {
  ZCheckCreated, ZCheckOut, ZCheckTiles, ZCheckWrite, ZDeleted, ZHealthOut, ZMaintenanceIn, ZMe, ZOverview, ZServiceOut, ZServiceWrite, ZWorkerStatus,
} from "./schemas.ts";

const ZRange = z.object({ range: z.enum(["1h", "24h", "7d", "30d", "90d"]).optional() });

/** Every /api/v1 operation, in one list: the OpenAPI document is generated from it. */
export const operations: ApiOperation[] = [
  { method: "get", path: "/api/v1/me", summary: "The caller: user, email and role", tag: "auth", role: "VIEWER", response: ZMe },
  {
    method: "get",
    path: "/api/v1/overview",
    summary: "Dashboard numbers and the open incidents, for the live overview",
    tag: "overview",
    role: "VIEWER",
    response: ZOverview,
  },
  {
    method: "get",
    path: "/api/v1/worker",
    summary: "Whether checks are running (a fresh worker heartbeat) and the last heartbeat",
    tag: "overview",
    role: "VIEWER",
    response: ZWorkerStatus,
  },
  { method: "get", path: "/api/v1/services", summary: "List services", tag: "services", role: "VIEWER", query: z.object({ q: z.string().optional(), tier: z.enum(["TIER_1", "TIER_2", "TIER_3"]).optional() }), response: z.array(ZServiceOut) },
  { method: "post", path: "/api/v1/services", summary: "Create a service", tag: "services", role: "RESPONDER", body: ZServiceWrite, response: ZServiceOut },
  { method: "get", path: "/api/v1/services/{slug}", summary: "A service with runbook and recent incidents", tag: "services", role: "VIEWER", response: ZServiceOut },
  { method: "patch", path: "/api/v1/services/{slug}", summary: "Update a service", tag: "services", role: "RESPONDER", body: ZServiceWrite, response: ZServiceOut },
  { method: "delete", path: "/api/v1/services/{slug}", summary: "Delete a service and its checks", tag: "services", role: "RESPONDER", response: ZDeleted },
  { method: "get", path: "/api/v1/services/{slug}/health", summary: "Uptime, latency percentiles, state changes and failures of a service's checks", tag: "services", role: "VIEWER", query: ZRange, response: ZHealthOut },
  { method: "get", path: "/api/v1/checks", summary: "Health tiles of every check, grouped by service, worst first", tag: "checks", role: "VIEWER", query: z.object({ q: z.string().optional(), state: z.string().optional(), limit: z.string().optional() }), response: ZCheckTiles },
  { method: "post", path: "/api/v1/checks", summary: "Create a check (heartbeat checks return their ping path once)", tag: "checks", role: "RESPONDER", body: ZCheckWrite, response: ZCheckCreated },
  { method: "get", path: "/api/v1/checks/{id}", summary: "A check with uptime, latency series, events and failures", tag: "checks", role: "VIEWER", query: ZRange, response: ZHealthOut },
  { method: "patch", path: "/api/v1/checks/{id}", summary: "Update a check", tag: "checks", role: "RESPONDER", body: ZCheckWrite, response: ZCheckOut },
  { method: "delete", path: "/api/v1/checks/{id}", summary: "Delete a check", tag: "checks", role: "RESPONDER", response: ZDeleted },
  { method: "post", path: "/api/v1/checks/{id}/pause", summary: "Pause a check", tag: "checks", role: "RESPONDER", response: ZCheckOut },
  { method: "post", path: "/api/v1/checks/{id}/resume", summary: "Resume a check", tag: "checks", role: "RESPONDER", response: ZCheckOut },
  { method: "post", path: "/api/v1/checks/{id}/run", summary: "Ask the worker to run a check now (a heartbeat check is refused: 400)", tag: "checks", role: "RESPONDER", response: ZCheckOut },
  { method: "post", path: "/api/v1/checks/{id}/maintenance", summary: "Start a maintenance window for a check", tag: "checks", role: "RESPONDER", body: ZMaintenanceIn, response: ZDeleted },
];
