const GOLDEN = 0.618_033_988_749_895;

/**
 * Offset of a check's slots within its interval. The golden-ratio sequence spreads consecutive
 * seqs evenly, and depends only on seq and interval so every worker computes the same schedule.
 */
export function slotPhase(checkSeq: number, intervalMs: number): number {
  const frac = (checkSeq * GOLDEN) % 1;
  return Math.floor(frac * intervalMs);
}

/** The first slot strictly after `nowMs` (epoch ms). */
export function nextSlot(checkSeq: number, intervalMs: number, nowMs: number): number {
  const phase = slotPhase(checkSeq, intervalMs);
  const k = Math.floor((nowMs - phase) / intervalMs);
  return phase + (k + 1) * intervalMs;
}
