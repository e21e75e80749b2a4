import { SHARD_COUNT } from "./constants.ts";

/** Must agree with the "Check_set_shard" trigger in the checks migration. */
export const shardOf = (checkSeq: number): number => ((checkSeq % SHARD_COUNT) + SHARD_COUNT) % SHARD_COUNT;

export const fairShare = (liveWorkers: number): number => Math.ceil(SHARD_COUNT / Math.max(1, liveWorkers));

export type LeaseRow = { shard: number; ownerId: string; expired: boolean };

export type LeasePlan = { target: number; acquire: number[]; release: number[] };

/**
 * Which shards to try to take (free or expired, up to the fair share) and which to give back (the
 * excess over it, so a new worker can take them). A worker below its share never releases, so a
 * dying worker's stale heartbeat delays takeover but never causes churn.
 */
export function planLeases(input: {
  me: string;
  leases: readonly LeaseRow[];
  liveWorkers: number;
  random?: () => number;
}): LeasePlan {
  const target = fairShare(input.liveWorkers);
  const byShard = new Map(input.leases.map((l) => [l.shard, l]));
  const owned = input.leases
    .filter((l) => l.ownerId === input.me && !l.expired)
    .map((l) => l.shard)
    .sort((a, b) => a - b);
  const release = owned.length > target ? owned.slice(target) : [];
  const candidates: number[] = [];
  for (let s = 0; s < SHARD_COUNT; s++) {
    const l = byShard.get(s);
    if (!l || l.expired) candidates.push(s);
  }
  // Shuffled so that workers racing for the same free shards mostly pick different ones.
  const random = input.random ?? Math.random;
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j] as number, candidates[i] as number];
  }
  const acquire = candidates.slice(0, Math.max(0, target - owned.length)).sort((a, b) => a - b);
  return { target, acquire, release };
}
