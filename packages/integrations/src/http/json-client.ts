import { ProviderError } from "../deploy/types.ts";
import { backoffDelay } from "./backoff.ts";
import { encodeParams, type ParamValue } from "./encode-params.ts";
import type { OnWait, RateLimitWait } from "./rate-limit-wait.ts";
import { parseResetHeader, parseRetryAfter } from "./retry-after.ts";
import { type Sleep, sleep as defaultSleep } from "./sleep.ts";

export interface JsonClientOptions {
  /** Named in every message: "Vercel", "Render", "Stripe". */
  service: string;
  /** Production default in each provider; tests pass a local contract server. */
  baseUrl: string;
  /** The whole Authorization header value. Never logged. */
  authorization: string;
  /** Added to every query string (Vercel's teamId). */
  defaultQuery?: Readonly<Record<string, ParamValue>>;
  /** Reads the provider's error body into one sentence, or null when it has none. */
  errorMessage: (body: unknown) => string | null;
  /** The provider's rate-limit reset header, used when a 429 has no Retry-After. */
  resetHeader?: string;
  timeoutMs?: number;
  maxRetries?: number;
  /** A single wait longer than this is not taken: the request fails as retryable instead. */
  maxWaitMs?: number;
  backoff?: { baseMs: number; maxMs: number };
  onWait?: OnWait;
  sleep?: Sleep;
  random?: () => number;
  fetch?: typeof fetch;
}

/** The knobs a provider passes through to its client (tests inject sleep and onWait here). */
export type HttpTuning = Partial<
  Pick<
    JsonClientOptions,
    "timeoutMs" | "maxRetries" | "maxWaitMs" | "backoff" | "onWait" | "sleep" | "random" | "fetch"
  >
>;

export interface RequestOptions {
  query?: Readonly<Record<string, ParamValue>>;
  json?: unknown;
  form?: Readonly<Record<string, ParamValue>>;
  signal?: AbortSignal;
  /** Overrides the client's onWait for this request (a run logs to its own io). */
  onWait?: OnWait;
}

export interface JsonClient {
  readonly service: string;
  request(method: string, path: string, opts?: RequestOptions): Promise<unknown>;
}

const RETRYABLE_GET = new Set([502, 503, 504]);

/** One fetch-based JSON client: auth, timeout, abort, query strings, 429 waits, readable errors. */
export function createJsonClient(options: JsonClientOptions): JsonClient {
  const {
    service,
    timeoutMs = 15_000,
    maxRetries = 3,
    maxWaitMs = 60_000,
    backoff = { baseMs: 500, maxMs: 8_000 },
    sleep = defaultSleep,
    random = Math.random,
    fetch: doFetch = globalThis.fetch,
  } = options;
  const base = options.baseUrl.replace(/\/+$/, "");

  async function request(method: string, path: string, opts: RequestOptions = {}): Promise<unknown> {
    const query = encodeParams({ ...options.defaultQuery, ...opts.query }).toString();
    const url = `${base}${path}${query ? `?${query}` : ""}`;
    const headers: Record<string, string> = { authorization: options.authorization, accept: "application/json" };
    let body: string | undefined;
    if (opts.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(opts.json);
    } else if (opts.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = encodeParams(opts.form).toString();
    }
    const onWait = opts.onWait ?? options.onWait;

    for (let attempt = 0; ; attempt++) {
      const res = await send(url, { method, headers, body }, opts.signal, method, path);
      const retryable = res.status === 429 || (method === "GET" && RETRYABLE_GET.has(res.status));
      if (retryable && attempt < maxRetries) {
        const wait = waitFor(res, attempt);
        if (wait.waitMs <= maxWaitMs) {
          await res.body?.cancel();
          const info: RateLimitWait = {
            service,
            method,
            path,
            status: res.status,
            retry: attempt + 1,
            maxRetries,
            ...wait,
          };
          onWait?.(info);
          await sleep(wait.waitMs, opts.signal);
          continue;
        }
      }
      const parsed = await readBody(res);
      if (res.ok) return parsed;
      throw errorFor(res.status, parsed, method, path, retryable);
    }
  }

  async function send(url: string, init: RequestInit, signal: AbortSignal | undefined, method: string, path: string) {
    const timeout = AbortSignal.timeout(timeoutMs);
    try {
      return await doFetch(url, { ...init, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      if (timeout.aborted) {
        throw new ProviderError(`${service} did not answer ${method} ${path} within ${timeoutMs / 1000} s`, null, true);
      }
      const cause = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
      throw new ProviderError(`${service} could not be reached for ${method} ${path}: ${cause}`, null, true);
    }
  }

  function waitFor(res: Response, attempt: number): Pick<RateLimitWait, "waitMs" | "source"> {
    const retryAfter = parseRetryAfter(res.headers.get("retry-after"));
    if (retryAfter !== null) return { waitMs: retryAfter, source: "retry-after" };
    const reset = options.resetHeader ? parseResetHeader(res.headers.get(options.resetHeader)) : null;
    if (reset !== null && res.status === 429) return { waitMs: reset, source: "reset-header" };
    return { waitMs: backoffDelay(attempt, { ...backoff, random }), source: "backoff" };
  }

  function errorFor(status: number, parsed: unknown, method: string, path: string, retryable: boolean) {
    const raw = options.errorMessage(parsed) ?? (typeof parsed === "string" && parsed ? parsed.slice(0, 200) : null);
    const detail = raw?.trim().replace(/\.$/, "");
    const hint = status === 401 || status === 403 ? " Check the API token and its access to this resource." : "";
    const what = status === 429 ? `kept rate-limiting ${method} ${path}` : `refused ${method} ${path}`;
    const message = `${service} ${what} (HTTP ${status})${detail ? `: ${detail}` : ""}.${hint}`;
    return new ProviderError(message, status, retryable || status >= 500);
  }

  return { service, request };
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
