// The bench target's failing spans: every 50th seq answers 500 in alternate spans (2 minutes unless
// the target is started with another span), all at once.

export const SPAN_MS = 120_000;

export const isFailing = (seq: number, nowMs: number, spanMs = SPAN_MS): boolean =>
  seq % 50 === 0 && Math.floor(nowMs / spanMs) % 2 === 0;

/**
 * How long to wait from `nowMs` until `intoMs` into the next (or current) failing span of `spanMs`;
 * null when a window of `forMs` from there would run past the span's end (into the recoveries).
 */
export function waitForFailingSpan(nowMs: number, intoMs: number, forMs: number, spanMs = SPAN_MS): number | null {
  if (intoMs + forMs > spanMs) return null;
  const start = Math.floor(nowMs / (2 * spanMs)) * 2 * spanMs;
  const at = start + intoMs;
  return at >= nowMs ? at - nowMs : at + 2 * spanMs - nowMs;
}
