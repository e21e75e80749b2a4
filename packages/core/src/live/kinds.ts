import type { Role } from "@opsdeck/db";

/** The NOTIFY channel that carries each new LiveEvent id. */
export const LIVE_CHANNEL = "opsdeck_live";

/**
 * What can change. Check events carry ids only: the web process reads the current values once per
 * second, however many pages listen. The others carry what their page needs to patch itself, or an
 * object's id and version to refetch it.
 */
export const LIVE_KINDS = [
  /** Results were written: `{ seqs: number[] }` (check seq keys). */
  "check.results",
  /** Checks changed state: `{ ids: string[] }`. */
  "check.state",
  /** Checks or services were created, edited or deleted, or a maintenance window began or ended: `{}`. */
  "checks.changed",
  /** The tiles' sparklines and uptime bars were recomputed: `{}`. */
  "tiles.history",
  "incident.created",
  "incident.changed",
  "incident.timeline",
  /** A run was requested, approved, started, cancelled or expired: `{ id, number, status }`. */
  "action.changed",
  /** `{ id, progress, note }`. */
  "action.progress",
  /** New log lines of a run: `{ id, lines: { id, at, line }[] }`. */
  "action.log",
  /** `{ id, number, status }`. */
  "action.finished",
  /** A run opened or was missed: `{ slug, runId, version }`. */
  "checklist.run",
  /** An item of a run was answered: `{ slug, runId, version }`. */
  "checklist.item",
  /** `{ slug, runId, version }`. */
  "checklist.signoff",
  /** A notification about a run (its miss) was sent, failed or will be retried: `{ slug, runId }`. */
  "checklist.notification",
  /** A postmortem or one of its action items was created, edited or deleted: `{ id, number, version }`. */
  "postmortem.changed",
  /** An admin changed a severity's targets or update cadence: `{ severity }`. */
  "severity_policy.changed",
  /** A step of an incident's response checklist was ticked, unticked or skipped: `{ number, id, stepId }`. */
  "response.changed",
  /** The Postgres insights sampler read these databases: `{ ids: string[] }`. */
  "database.sampled",
  /** Something was done to a monitored database (a backend terminated): `{ id }`. */
  "database.changed",
  /** An alert rule was created, edited or deleted, or one of its states changed: `{ id, version }`. */
  "alert.changed",
  /** The Stripe metrics reader read these Stripe targets: `{ ids: string[] }`. */
  "stripe.sampled",
  /** The app-metrics scraper read these services' endpoints, or one's endpoint was set or removed: `{ services: string[] }` (slugs). */
  "app_metrics.scraped",
  /** A schedule was created, or an override of it was added or removed: `{ id }`. */
  "schedule.changed",
] as const;
export type LiveKind = (typeof LIVE_KINDS)[number];

export type LiveEvent = { id: number; kind: LiveKind; minRole: Role; payload: Record<string, unknown> };

export const isLiveKind = (k: string): k is LiveKind => (LIVE_KINDS as readonly string[]).includes(k);
