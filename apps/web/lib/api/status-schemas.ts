import type { StatusPageDto } from "@opsdeck/core/status/dto";
import { STATUS_LEVELS } from "@opsdeck/core/status/dto";
import { z } from "zod";

const ZIso = z.string().describe("ISO 8601 instant (UTC)");
const ZIncidentStatus = z.enum(["INVESTIGATING", "IDENTIFIED", "MONITORING", "RESOLVED"]);
const ZLevel = z.enum(STATUS_LEVELS);

const ZStatusIncident = z.object({
  title: z.string(),
  severity: z.enum(["P0", "P1", "P2", "P3"]),
  severityLabel: z.string(),
  status: ZIncidentStatus,
  statusLabel: z.string(),
  startedAt: ZIso,
  resolvedAt: ZIso.nullable(),
  services: z.array(z.string()).describe("Public names of the public services it affects"),
  updates: z
    .array(z.object({ status: ZIncidentStatus, statusLabel: z.string(), message: z.string(), at: ZIso }))
    .describe("Status updates, newest first"),
});

/** The public status page's data: only services and incidents marked public. */
export const ZStatusPage = z.object({
  generatedAt: ZIso.describe("When this copy was built (it is served from a cache)"),
  state: ZLevel,
  stateLabel: z.string(),
  services: z.array(
    z.object({
      name: z.string().describe("The service's public name"),
      state: ZLevel,
      stateLabel: z.string(),
      uptime90: z.number().nullable().describe("Up fraction over 90 days; null when nothing ran"),
      days: z
        .array(z.object({ date: z.string().describe("UTC day, 2026-12-02"), uptime: z.number().nullable() }))
        .describe("90 UTC days, oldest first"),
    }),
  ),
  incidents: z.array(ZStatusIncident).describe("Open public incidents, newest first"),
  recent: z.array(ZStatusIncident).describe("Public incidents resolved in the last 7 days"),
}) satisfies z.ZodType<StatusPageDto>;
