import http from "node:http";
import https from "node:https";
import { abortError, createDeadline, onAbort } from "./abort.ts";
import { failureResult, invalidConfigResult, ProbeError } from "./errors.ts";
import { evaluateHttpResponse, type HttpResponse, MAX_BODY_BYTES } from "./http-assertions.ts";
import { elapsedMs, type ProbeResult, probeResult } from "./result.ts";
import { type HttpCheckConfig, type HttpCheckInput, type ProbeInput, ZHttpCheckConfig } from "./schemas.ts";
import { trustedCas } from "./tls-trust.ts";

export const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = "Opsdeck-Probe/0.1";
const CREDENTIAL_HEADERS = ["authorization", "cookie", "proxy-authorization"];

type RequestSpec = { url: URL; method: string; headers: Record<string, string>; body?: string };

function resetError(): Error {
  return Object.assign(new Error("the connection closed in the middle of the response"), { code: "ECONNRESET" });
}

/**
 * One request on a fresh connection (agent: false), so TLS options apply and a capped body can
 * destroy its own socket. Settles on the first of: full body, body cap, error, abort.
 */
function send(
  spec: RequestSpec,
  config: HttpCheckConfig,
  signal: AbortSignal,
  wantsBody: (res: http.IncomingMessage) => boolean,
): Promise<HttpResponse> {
  return new Promise<HttpResponse>((resolve, reject) => {
    const isHttps = spec.url.protocol === "https:";
    const options: https.RequestOptions = { method: spec.method, headers: spec.headers, agent: false };
    if (isHttps) {
      options.rejectUnauthorized = config.verifyTls;
      options.ca = trustedCas(config.caPem);
    }
    const req = (isHttps ? https : http).request(spec.url, options);
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      offAbort();
      fn();
    };
    const fail = (err: unknown) =>
      settle(() => {
        req.destroy();
        reject(err);
      });
    const offAbort = onAbort(signal, () => fail(abortError(signal)));
    req.on("error", fail);
    req.on("response", (res) => {
      const head = { statusCode: res.statusCode ?? 0, statusMessage: res.statusMessage ?? "", headers: res.headers };
      if (!wantsBody(res)) {
        settle(() => {
          req.destroy();
          resolve({ ...head, body: Buffer.alloc(0), truncated: false });
        });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const complete = (truncated: boolean) =>
        settle(() => {
          if (truncated) req.destroy();
          resolve({ ...head, body: Buffer.concat(chunks, size), truncated });
        });
      res.on("data", (chunk: Buffer) => {
        if (settled) return;
        const room = MAX_BODY_BYTES - size;
        if (chunk.length > room) {
          chunks.push(chunk.subarray(0, room));
          size += room;
          complete(true);
          return;
        }
        chunks.push(chunk);
        size += chunk.length;
      });
      res.on("end", () => complete(false));
      res.on("error", fail);
      res.on("close", () => {
        if (!res.complete) fail(resetError());
      });
    });
    req.end(spec.body);
  });
}

/** The URL without user:password, for messages and details. */
function safeHref(url: URL): string {
  if (!url.username && !url.password) return url.href;
  const copy = new URL(url);
  copy.username = "";
  copy.password = "";
  return copy.href;
}

function nextHop(spec: RequestSpec, status: number, location: string): RequestSpec {
  let url: URL;
  try {
    url = new URL(location, spec.url);
  } catch {
    throw new ProbeError("PROTOCOL_ERROR", `Redirect from ${safeHref(spec.url)} has an invalid Location: ${location}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ProbeError("PROTOCOL_ERROR", `Redirect to unsupported URL ${safeHref(url)}`);
  }
  const headers = { ...spec.headers };
  // Credentials meant for one origin must not leak to another one via a redirect.
  if (url.origin !== spec.url.origin) {
    for (const name of Object.keys(headers)) {
      if (CREDENTIAL_HEADERS.includes(name.toLowerCase())) delete headers[name];
    }
  }
  // Same rewrite as browsers: 303 always, and 301/302 after a POST, continue as a bodiless GET.
  if (status === 303 || ((status === 301 || status === 302) && spec.method === "POST")) {
    for (const name of Object.keys(headers)) {
      if (/^content-/i.test(name)) delete headers[name];
    }
    return { url, method: spec.method === "HEAD" ? "HEAD" : "GET", headers };
  }
  return { url, method: spec.method, headers, body: spec.body };
}

function initialHeaders(config: HttpCheckConfig): Record<string, string> {
  const headers: Record<string, string> = { ...config.headers };
  const has = (name: string) => Object.keys(headers).some((h) => h.toLowerCase() === name);
  if (!has("user-agent")) headers["User-Agent"] = USER_AGENT;
  if (!has("accept")) headers.Accept = "*/*";
  return headers;
}

/**
 * HTTP(S) probe. Latency is the time to the complete response (all redirects, headers and the
 * body up to the 1 MiB cap).
 */
export async function runHttpProbe(input: ProbeInput<HttpCheckInput>, signal?: AbortSignal): Promise<ProbeResult> {
  const parsed = ZHttpCheckConfig.safeParse({ ...input, kind: "http" });
  if (!parsed.success) return invalidConfigResult(parsed.error);
  const config = parsed.data;
  const deadline = createDeadline(config.timeoutMs, signal);
  const startedAt = performance.now();
  let spec: RequestSpec = {
    url: new URL(config.url),
    method: config.method,
    headers: initialHeaders(config),
    body: config.body,
  };
  const isFollowed = (status: number, location: string | undefined) =>
    config.followRedirects && REDIRECTS.has(status) && Boolean(location);
  let redirects = 0;
  try {
    for (;;) {
      const res = await send(spec, config, deadline.signal, (r) => !isFollowed(r.statusCode ?? 0, r.headers.location));
      const location = res.headers.location;
      if (!isFollowed(res.statusCode, location) || location === undefined) {
        return evaluateHttpResponse(config, res, elapsedMs(startedAt), { url: safeHref(spec.url), redirects });
      }
      if (redirects >= MAX_REDIRECTS) {
        return probeResult("DOWN", elapsedMs(startedAt), `More than ${MAX_REDIRECTS} redirects, last to ${location}`, {
          code: "TOO_MANY_REDIRECTS",
          details: { url: safeHref(spec.url), redirects },
        });
      }
      spec = nextHop(spec, res.statusCode, location);
      redirects++;
    }
  } catch (err) {
    return failureResult(err, deadline, startedAt, spec.url.host, { url: safeHref(spec.url), redirects });
  }
}
