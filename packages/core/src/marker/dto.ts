/** What a marker on a time chart stands for; the chart tells them apart by shape and label, not colour alone. */
export const MARKER_KINDS = ["incident", "resolved", "deploy", "action"] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

export const MARKER_OUTCOMES = ["SUCCEEDED", "FAILED", "CANCELLED"] as const;
export type MarkerOutcome = (typeof MARKER_OUTCOMES)[number];

/**
 * One event on a time chart: an incident declared or opened automatically (at its detection), an
 * incident resolved, an action run that finished (a rollback counts as a deploy), or a deployment a
 * deploy target's provider reported.
 */
export type MarkerDto = {
  /** `incident:<id>`, `resolved:<id>`, `run:<id>` or `deployment:<target>:<provider id>`: unique, and the list's tie-break. */
  id: string;
  kind: MarkerKind;
  /** ISO 8601 date-time. */
  at: string;
  label: string;
  /** The incident's or the run's page. */
  href: string;
  /** A finished run's outcome; null for incidents. */
  outcome: MarkerOutcome | null;
};

export type MarkerRow = {
  id: string;
  kind: MarkerKind;
  at: Date;
  ref: string;
  number: number;
  title: string;
  detail: string;
  auto: boolean;
  outcome: MarkerOutcome | null;
};

const ACTION_NAMES: Record<string, string> = {
  ROLLBACK: "Rollback",
  BACKUP: "Backup",
  VERIFY: "Backup verification",
  RESTORE: "Restore",
  REPLAY: "Webhook replay",
};

const label = (r: MarkerRow): string => {
  if (r.kind === "incident")
    return `Incident #${r.number} (${r.detail}) ${r.auto ? "opened automatically" : "declared"}: ${r.title}`;
  if (r.kind === "resolved") return `Incident #${r.number} resolved: ${r.title}`;
  if (r.id.startsWith("deployment:")) return `Deploy to ${r.title}${r.detail ? `: ${r.detail}` : ""}`;
  return `${ACTION_NAMES[r.detail] ?? r.detail} #${r.number} on ${r.title} ${(r.outcome ?? "finished").toLowerCase()}`;
};

export const toMarkerDto = (r: MarkerRow): MarkerDto => ({
  id: r.id,
  kind: r.kind,
  at: r.at.toISOString(),
  label: label(r),
  href:
    r.kind === "incident" || r.kind === "resolved"
      ? `/incidents/${r.number}`
      : r.id.startsWith("deployment:")
        ? `/actions/targets/${r.ref}`
        : `/actions/${r.ref}`,
  outcome: r.outcome,
});
