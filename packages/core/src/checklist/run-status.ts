export type RunStatus = "OPEN" | "OVERDUE" | "MISSED" | "SIGNED" | "LATE";

export type RunTimes = {
  dueAt: Date | null;
  missAfter: Date | null;
  missedAt?: Date | null;
  signedOffAt: Date | null;
};

/**
 * SIGNED: signed at or before dueAt (or no dueAt). LATE: signed after dueAt. Unsigned: MISSED when
 * now >= missAfter or missedAt is set, OVERDUE when now >= dueAt, else OPEN.
 */
export function runStatus(run: RunTimes, now: Date): RunStatus {
  if (run.signedOffAt) return run.dueAt && run.signedOffAt.getTime() > run.dueAt.getTime() ? "LATE" : "SIGNED";
  if (run.missedAt || (run.missAfter && now.getTime() >= run.missAfter.getTime())) return "MISSED";
  return run.dueAt && now.getTime() >= run.dueAt.getTime() ? "OVERDUE" : "OPEN";
}
