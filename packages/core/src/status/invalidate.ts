import type { LiveEvent } from "../live/kinds.ts";

/**
 * Whether these live events can change the status page: a state change of one of its checks, an edit
 * of checks, services or maintenance (which may make a service public), new tile history (the day's
 * uptime moved), or anything about an incident.
 */
export function affectsStatusPage(events: readonly LiveEvent[], checkIds: ReadonlySet<string>): boolean {
  return events.some((e) => {
    if (e.kind === "check.state") {
      const ids = Array.isArray(e.payload.ids) ? e.payload.ids : [];
      return ids.some((id) => typeof id === "string" && checkIds.has(id));
    }
    return e.kind === "checks.changed" || e.kind === "tiles.history" || e.kind.startsWith("incident.");
  });
}
