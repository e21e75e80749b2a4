/**
 * What a running action may tell the person watching it. The worker writes these into the run's
 * row (progress, log lines) and the live stream carries them to the run page.
 */
export interface RunIo {
  /** One human-readable line for the run's log (no secrets: URLs and commands are shown redacted). */
  log(line: string): void;
  /** How far along the run is, 0..1, with an optional short note ("1.2 GB written"). */
  progress(fraction: number, note?: string): void;
  /** Aborted when the run is cancelled or the worker stops: stop at the next safe point. */
  signal: AbortSignal;
  /** The run this is, for providers that hand the work to another system and must say who asked. */
  run?: { id: string; requestedBy: string | null };
}

/** A RunIo that records everything it is told, for tests and for callers that only want the result. */
export function recordingIo(signal: AbortSignal = new AbortController().signal): RunIo & {
  lines: string[];
  fractions: number[];
} {
  const lines: string[] = [];
  const fractions: number[] = [];
  return {
    lines,
    fractions,
    signal,
    log: (line) => void lines.push(line),
    progress: (fraction) => void fractions.push(fraction),
  };
}
