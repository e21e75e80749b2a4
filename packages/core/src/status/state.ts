import type { CheckState, Severity } from "@opsdeck/db";
import { STATUS_LEVELS, type StatusLevel } from "./dto.ts";

export const STATUS_LABELS: Record<StatusLevel, string> = {
  operational: "Operational",
  maintenance: "Under maintenance",
  degraded: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
};

/** What an open incident of this severity says about the services it affects. */
const INCIDENT_LEVEL: Record<Severity, StatusLevel> = {
  P0: "major_outage",
  P1: "partial_outage",
  P2: "degraded",
  P3: "degraded",
};

export const worst = (levels: Iterable<StatusLevel>): StatusLevel => {
  let out: StatusLevel = "operational";
  for (const l of levels) if (STATUS_LEVELS.indexOf(l) > STATUS_LEVELS.indexOf(out)) out = l;
  return out;
};

/**
 * A service's level from its checks' shown states (stale ones left out: their state is not current)
 * and the severities of the open public incidents that affect it. All measured checks DOWN is a major
 * outage, some a partial one; any DEGRADED is degraded. Paused and unknown checks say nothing.
 */
export function serviceLevel(
  checks: readonly { state: CheckState; stale: boolean }[],
  incidents: readonly Severity[],
): StatusLevel {
  const current = checks.filter((c) => !c.stale && c.state !== "PAUSED" && c.state !== "UNKNOWN");
  const measured = current.filter((c) => c.state !== "MAINTENANCE");
  const down = measured.filter((c) => c.state === "DOWN").length;
  const fromChecks: StatusLevel =
    down > 0 && down === measured.length
      ? "major_outage"
      : down > 0
        ? "partial_outage"
        : measured.some((c) => c.state === "DEGRADED")
          ? "degraded"
          : current.length > 0 && measured.length === 0
            ? "maintenance"
            : "operational";
  return worst([fromChecks, ...incidents.map((s) => INCIDENT_LEVEL[s])]);
}

/** The page's headline: the worst service, or what an open public incident affecting no public service says. */
export function overallLevel(services: readonly StatusLevel[], incidents: readonly Severity[]): StatusLevel {
  // One service under maintenance does not make the whole page "under maintenance".
  const level = worst([...services.filter((s) => s !== "maintenance"), ...incidents.map((s) => INCIDENT_LEVEL[s])]);
  return level === "operational" && services.length > 0 && services.every((s) => s === "maintenance")
    ? "maintenance"
    : level;
}
