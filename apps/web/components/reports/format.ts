// Browser-safe: the report's client components import these.

export const SEVERITY_COLORS = { P0: "#dc2626", P1: "#f97316", P2: "#eab308", P3: "#0ea5e9" } as const;

/** "33%", or null when there is nothing to rate. */
export const percent = (rate: number | null): string | null => (rate === null ? null : `${Math.round(rate * 100)}%`);

/** "Mar 23" for a week starting on "2026-03-23": a calendar day, written the same on the server and in every browser. */
export function shortDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
}

/** The unit a set of durations reads best in: minutes under two hours, hours under three days, else days. */
export function durationUnit(maxMs: number): { ms: number; label: string } {
  if (maxMs < 2 * 3_600_000) return { ms: 60_000, label: "min" };
  if (maxMs < 3 * 86_400_000) return { ms: 3_600_000, label: "h" };
  return { ms: 86_400_000, label: "d" };
}
