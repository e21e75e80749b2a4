import { type RunStatus, runStatus } from "@opsdeck/core/checklist/run-status";
import { formatDuration } from "../../components/incidents/format";

/** A run's deadlines as its DTOs carry them (ISO instants). */
export type Deadlines = {
  dueAt: string | null;
  missAfter: string | null;
  missedAt: string | null;
  signedOffAt: string | null;
};

const date = (iso: string | null): Date | null => (iso ? new Date(iso) : null);

/** The status at `now`: a page left open turns overdue and missed without being told. */
export const statusAt = (d: Deadlines, now: number): RunStatus =>
  runStatus(
    {
      dueAt: date(d.dueAt),
      missAfter: date(d.missAfter),
      missedAt: date(d.missedAt),
      signedOffAt: date(d.signedOffAt),
    },
    new Date(now),
  );

/** A summary row has no missAfter: it is the due time plus the template's grace. */
export const missAfterOf = (dueAt: string | null, graceMinutes: number): string | null =>
  dueAt ? new Date(Date.parse(dueAt) + graceMinutes * 60_000).toISOString() : null;

/** "due in 3 h", "overdue by 20 min, missed in 1 h 40 min", "missed 2 h ago"; null once signed or without a deadline. */
export function deadlineText(d: Deadlines, now: number): string | null {
  const since = (iso: string) => formatDuration(now - Date.parse(iso));
  const until = (iso: string) => formatDuration(Date.parse(iso) - now);
  switch (statusAt(d, now)) {
    case "OPEN":
      return d.dueAt ? `due in ${until(d.dueAt)}` : null;
    case "OVERDUE":
      return d.dueAt && d.missAfter
        ? `overdue by ${since(d.dueAt)}, missed in ${until(d.missAfter)}`
        : d.dueAt && `overdue by ${since(d.dueAt)}`;
    case "MISSED": {
      const at = d.missedAt ?? d.missAfter;
      return at ? `missed ${since(at)} ago` : "missed";
    }
    default:
      return null;
  }
}
