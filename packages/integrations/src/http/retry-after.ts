/**
 * How long a 429 asks us to wait, in milliseconds. `Retry-After` is either delta-seconds or an
 * HTTP date (RFC 9110 §10.2.3); null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/**
 * A rate-limit reset header (`X-RateLimit-Reset`, `Ratelimit-Reset`). Providers document UTC epoch
 * seconds, but some examples show a seconds count, so small values are read as a delay.
 */
export function parseResetHeader(value: string | null | undefined, now = Date.now()): number | null {
  if (!value || !/^\d+$/.test(value.trim())) return null;
  const n = Number(value.trim());
  if (n > 1_000_000_000) return Math.max(0, n * 1000 - now);
  return n * 1000;
}
