// The bench target's failing spans: every 50th seq answers 500 in alternate 2-minute spans, all at once.

export const SPAN_MS = 120_000;

export const isFailing = (seq: number, nowMs: number): boolean =>
  seq % 50 === 0 && Math.floor(nowMs / SPAN_MS) % 2 === 0;

/**
 * How long to wait from `nowMs` until `intoMs` into the next (or current) failing span (past the
 * two failures that turn a check DOWN, so every failing check is DOWN by then); null when a window of
 * `forMs` from there would run past the span's end (into the recoveries).
 */
export function waitForFailingSpan(nowMs: number, intoMs: number, forMs: number): number | null {
  if (intoMs + forMs > SPAN_MS) return null;
  const start = Math.floor(nowMs / (2 * SPAN_MS)) * 2 * SPAN_MS;
  const at = start + intoMs;
  return at >= nowMs ? at - nowMs : at + 2 * SPAN_MS - nowMs;
}
