import type { IncidentStatus, Severity } from "@opsdeck/db";

/** Worst last. `maintenance`: every check of the service is in a maintenance window. */
export const STATUS_LEVELS = ["operational", "maintenance", "degraded", "partial_outage", "major_outage"] as const;
export type StatusLevel = (typeof STATUS_LEVELS)[number];

export type StatusUpdateDto = { status: IncidentStatus; statusLabel: string; message: string; at: string };

export type StatusIncidentDto = {
  title: string;
  severity: Severity;
  severityLabel: string;
  status: IncidentStatus;
  statusLabel: string;
  startedAt: string;
  resolvedAt: string | null;
  /** Public names of the public services it affects. */
  services: string[];
  /** Status updates, newest first. */
  updates: StatusUpdateDto[];
};

export type StatusServiceDto = {
  name: string;
  state: StatusLevel;
  stateLabel: string;
  /** Up fraction over the 90 days; null when nothing ran. */
  uptime90: number | null;
  /** 90 UTC days, oldest first: the day ("2026-12-02") and its up fraction, null when nothing ran. */
  days: { date: string; uptime: number | null }[];
};

/**
 * The public status page: only services and incidents marked public, each by its public name, and
 * nothing that names a check, a host, a person or a slug.
 */
export type StatusPageDto = {
  generatedAt: string;
  state: StatusLevel;
  stateLabel: string;
  services: StatusServiceDto[];
  /** Open public incidents, newest first. */
  incidents: StatusIncidentDto[];
  /** Public incidents resolved in the last 7 days, newest first. */
  recent: StatusIncidentDto[];
};
