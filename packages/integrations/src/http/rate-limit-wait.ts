/** One pause the client takes before retrying a rate-limited (or briefly unavailable) request. */
export interface RateLimitWait {
  service: string;
  method: string;
  /** Path only: no query string, no host, never a credential. */
  path: string;
  status: number;
  /** 1 for the first retry. */
  retry: number;
  maxRetries: number;
  waitMs: number;
  /** Where the wait came from: the provider's Retry-After, its reset header, or our own backoff. */
  source: "retry-after" | "reset-header" | "backoff";
}

export type OnWait = (wait: RateLimitWait) => void;

/** "Vercel rate-limited GET /v6/deployments (HTTP 429): waiting 2.0 s as Retry-After asks, retry 1 of 3". */
export function describeWait(w: RateLimitWait): string {
  const why = w.status === 429 ? "rate-limited" : `answered HTTP ${w.status} to`;
  const source = {
    "retry-after": "as Retry-After asks",
    "reset-header": "until the rate limit resets",
    backoff: "(backoff)",
  }[w.source];
  return `${w.service} ${why} ${w.method} ${w.path}: waiting ${(w.waitMs / 1000).toFixed(1)} s ${source}, retry ${w.retry} of ${w.maxRetries}`;
}
