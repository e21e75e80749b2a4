import { constants } from "node:os";

/** A process's exit as a shell reports it: a signal counts as 128 + its number (SIGKILL: 137). */
export function exitStatus(code: number | null, signal: NodeJS.Signals | null): number | null {
  if (code !== null) return code;
  return signal ? 128 + (constants.signals[signal] ?? 0) : null;
}
