import type { ActionLogLine, ActionRunDetailDto, ActionRunDto } from "@opsdeck/core";
import { REFETCH } from "@/components/live/use-live-query";

// How the action pages apply the event stream: status changes read again, progress and log lines patch in place.

type Payload = Record<string, unknown>;

const progressOf = (p: Payload) => ({
  progress: typeof p.progress === "number" ? p.progress : 0,
  progressNote: typeof p.note === "string" ? p.note : null,
});

export const refetchList = (): typeof REFETCH => REFETCH;

export function patchListProgress(runs: ActionRunDto[], p: Payload): ActionRunDto[] | undefined {
  if (!runs.some((r) => r.id === p.id)) return undefined;
  return runs.map((r) => (r.id === p.id ? { ...r, ...progressOf(p) } : r));
}

export const refetchRun = <T extends { id: string }>(run: T, p: Payload): typeof REFETCH | undefined =>
  p.id === run.id ? REFETCH : undefined;

export const patchRunProgress = (run: ActionRunDetailDto, p: Payload): ActionRunDetailDto | undefined =>
  p.id === run.id ? { ...run, ...progressOf(p) } : undefined;

/** New lines go after the ones shown; a line already shown (caught up twice) is not repeated. */
export function appendRunLog(run: ActionRunDetailDto, p: Payload): ActionRunDetailDto | undefined {
  if (p.id !== run.id || !Array.isArray(p.lines)) return undefined;
  const last = run.log.at(-1)?.id ?? 0;
  const fresh = (p.lines as ActionLogLine[]).filter((l) => typeof l?.id === "number" && l.id > last);
  return fresh.length ? { ...run, log: [...run.log, ...fresh] } : undefined;
}
