import type { Role } from "@opsdeck/db";
import type { LiveEvent } from "./kinds.ts";

/**
 * A run of events folded into what a flush must send: check ids whose state changed, result seqs,
 * whether tile history moved or the tile list must be refetched, and everything else as it came.
 * However many results arrive in a second, each check is read and sent once.
 */
export type Folded = {
  lastId: number;
  stateIds: Set<string>;
  resultSeqs: Set<number>;
  history: boolean;
  refetchChecks: boolean;
  other: LiveEvent[];
};

export const emptyFold = (lastId: number): Folded => ({
  lastId,
  stateIds: new Set(),
  resultSeqs: new Set(),
  history: false,
  refetchChecks: false,
  other: [],
});

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const ints = (v: unknown): number[] => (Array.isArray(v) ? v.filter((x): x is number => Number.isInteger(x)) : []);

/** Add events (oldest first) to a fold; ids at or below its `lastId` are already in it and ignored. */
export function foldEvents(into: Folded, events: readonly LiveEvent[]): Folded {
  for (const e of events) {
    if (e.id <= into.lastId) continue;
    into.lastId = e.id;
    switch (e.kind) {
      case "check.state":
        for (const id of strings(e.payload.ids)) into.stateIds.add(id);
        break;
      case "check.results":
        for (const s of ints(e.payload.seqs)) into.resultSeqs.add(s);
        break;
      case "tiles.history":
        into.history = true;
        break;
      case "checks.changed":
        into.refetchChecks = true;
        break;
      default:
        into.other.push(e);
    }
  }
  return into;
}

export const isEmptyFold = (f: Folded): boolean =>
  f.stateIds.size === 0 && f.resultSeqs.size === 0 && !f.history && !f.refetchChecks && f.other.length === 0;

/** Check events are for every signed-in role; others say their own lowest role. */
export const CHECK_EVENTS_ROLE: Role = "VIEWER";
