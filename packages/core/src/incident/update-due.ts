import type { TimelineKind } from "./kinds.ts";

// Imported by the browser: plain values only, no zod and no database code.

const MINUTE = 60_000;

/**
 * Timeline entries that start the status-update clock again: the declaration, each status update,
 * a reopening and a severity change (channels are told of both, and the cadence may differ after).
 */
export const UPDATE_CLOCK_KINDS = [
  "opened",
  "investigating",
  "identified",
  "monitoring",
  "reopened",
  "severity",
] as const satisfies readonly TimelineKind[];

const isClockKind = (kind: string) => (UPDATE_CLOCK_KINDS as readonly string[]).includes(kind);

/** When the commander owes stakeholders the next status update. */
export type NextUpdateDto = {
  cadenceMinutes: number;
  /** The last status update, or whatever else started the clock. */
  since: string;
  dueAt: string;
};

/** Null for a resolved incident or a severity without a cadence. */
export function nextUpdate(i: {
  resolved: boolean;
  cadenceMinutes: number | null;
  createdAt: Date;
  events: readonly { kind: string; at: Date }[];
}): NextUpdateDto | null {
  if (i.resolved || i.cadenceMinutes === null) return null;
  let since = i.createdAt.getTime();
  for (const e of i.events) if (isClockKind(e.kind)) since = Math.max(since, e.at.getTime());
  return {
    cadenceMinutes: i.cadenceMinutes,
    since: new Date(since).toISOString(),
    dueAt: new Date(since + i.cadenceMinutes * MINUTE).toISOString(),
  };
}

export type UpdateDueTone = "ok" | "soon" | "overdue";

/** Warn in the last fifth of the cadence, at least the last 5 minutes, never more than half of it. */
export const warnWithinMs = (cadenceMinutes: number): number =>
  Math.min((cadenceMinutes * MINUTE) / 2, Math.max(5 * MINUTE, cadenceMinutes * MINUTE * 0.2));

/** Time left at `nowMs` (negative once overdue) and how loudly to say it; due exactly now is not yet overdue. */
export function updateDueState(n: NextUpdateDto, nowMs: number): { remainingMs: number; tone: UpdateDueTone } {
  const remainingMs = Date.parse(n.dueAt) - nowMs;
  const tone = remainingMs < 0 ? "overdue" : remainingMs <= warnWithinMs(n.cadenceMinutes) ? "soon" : "ok";
  return { remainingMs, tone };
}
