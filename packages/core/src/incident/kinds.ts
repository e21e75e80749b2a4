/**
 * What a timeline entry records. Status updates use the status they set (`investigating` …
 * `monitoring`); the rest name the change. Demo incidents also use `detected`; automatic incidents
 * record their checks going DOWN (`check_down`) and recovering (`check_up`); linked one-click actions record their start and end (`action`); notifications their
 * sends, retries and failures (`notification`).
 */
export const TIMELINE_KINDS = [
  "opened",
  "detected",
  "acknowledged",
  "investigating",
  "identified",
  "monitoring",
  "mitigated",
  "resolved",
  "reopened",
  "severity",
  "role",
  "customer_facing",
  /** Published on the status page, or taken off it. */
  "public",
  "note",
  "check_down",
  "check_up",
  /** An alert rule's condition fired, or cleared (the rule RESOLVED; the incident stays open). */
  "alert_firing",
  "alert_resolved",
  /** A one-click action linked to the incident started or ended. */
  "action",
  /** A notification to a channel was sent, will be retried, or failed. */
  "notification",
  /** Its postmortem was started or published. */
  "postmortem",
  /** A response or resolve target was missed (recorded once per target, dated when it was missed). */
  "sla_breach",
  /** A response checklist step was ticked, unticked or skipped, or a raised severity added steps. */
  "response_step",
  /** The escalation policy started, moved to a step or a repeat, stopped, or ran out unanswered. */
  "escalation",
  /** A page to one person's contact method was sent, or failed. */
  "page",
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** The timeline kind of a status update to `status`. */
export const statusKind = (status: string): TimelineKind => status.toLowerCase() as TimelineKind;
