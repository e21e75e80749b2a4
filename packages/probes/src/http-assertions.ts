import type { IncomingHttpHeaders } from "node:http";
import { evaluateJsonPath } from "./json-path.ts";
import type { ProbeErrorCode, ProbeResult } from "./result.ts";
import { probeResult } from "./result.ts";
import type { HttpCheckConfig } from "./schemas.ts";
import { describeStatusRanges, parseStatusSpecs, statusMatches } from "./status-ranges.ts";

export const MAX_BODY_BYTES = 1024 * 1024;

export type HttpResponse = {
  statusCode: number;
  statusMessage: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The body was longer than MAX_BODY_BYTES and only its start was read. */
  truncated: boolean;
};

type Failure = { code: ProbeErrorCode; message: string };

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function bodyFailures(config: HttpCheckConfig, res: HttpResponse): Failure[] {
  const failures: Failure[] = [];
  const text = res.body.toString("utf8");
  const partial = res.truncated ? " (only the first 1 MiB of the body was read)" : "";
  if (config.bodyContains !== undefined && !text.includes(config.bodyContains)) {
    failures.push({
      code: "ASSERTION_KEYWORD_MISSING",
      message: `Keyword ${show(config.bodyContains)} not found in the response body${partial}`,
    });
  }
  if (config.bodyNotContains !== undefined && text.includes(config.bodyNotContains)) {
    failures.push({
      code: "ASSERTION_KEYWORD_PRESENT",
      message: `Forbidden keyword ${show(config.bodyNotContains)} found in the response body`,
    });
  }
  if (config.bodyRegex !== undefined && !new RegExp(config.bodyRegex, config.bodyRegexFlags).test(text)) {
    failures.push({
      code: "ASSERTION_REGEX",
      message: `Response body does not match /${config.bodyRegex}/${config.bodyRegexFlags ?? ""}${partial}`,
    });
  }
  if (config.jsonPath) failures.push(...jsonPathFailures(config.jsonPath, text, res.truncated));
  return failures;
}

function jsonPathFailures(check: { path: string; equals: unknown }, text: string, truncated: boolean): Failure[] {
  if (truncated) {
    return [
      {
        code: "BODY_TOO_LARGE",
        message: `Response body is larger than 1 MiB, so JSON path ${check.path} could not be checked`,
      },
    ];
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [
      {
        code: "ASSERTION_JSON_PATH",
        message: `Response body is not valid JSON, so ${check.path} could not be checked`,
      },
    ];
  }
  const outcome = evaluateJsonPath(json, check.path, check.equals);
  if (outcome.ok) return [];
  if (outcome.reason === "no-match") {
    return [{ code: "ASSERTION_JSON_PATH", message: `JSON path ${check.path} matched nothing in the response` }];
  }
  return [
    {
      code: "ASSERTION_JSON_PATH",
      message: `JSON path ${check.path} is ${show(outcome.actual)}, expected ${show(check.equals)}`,
    },
  ];
}

/** Apply the configured assertions and the latency threshold to a complete (or capped) response. */
export function evaluateHttpResponse(
  config: HttpCheckConfig,
  res: HttpResponse,
  latencyMs: number,
  context: { url: string; redirects: number },
): ProbeResult {
  const details: Record<string, unknown> = {
    statusCode: res.statusCode,
    url: context.url,
    redirects: context.redirects,
    bodyBytes: res.body.length,
    bodyTruncated: res.truncated,
  };
  const ranges = parseStatusSpecs(config.expectedStatus);
  const failures: Failure[] = [];
  if (!statusMatches(res.statusCode, ranges)) {
    failures.push({
      code: "ASSERTION_STATUS",
      message: `Expected status ${describeStatusRanges(ranges)} but got ${res.statusCode} ${res.statusMessage}`.trim(),
    });
  }
  failures.push(...bodyFailures(config, res));
  const [first] = failures;
  if (first) {
    if (failures.length > 1) details.failures = failures.map((f) => f.message);
    return probeResult("DOWN", latencyMs, first.message, { code: first.code, details });
  }
  if (config.degradedAboveMs !== undefined && latencyMs > config.degradedAboveMs) {
    return probeResult(
      "DEGRADED",
      latencyMs,
      `Slow response: ${latencyMs} ms, above the ${config.degradedAboveMs} ms threshold`,
      {
        code: "SLOW_RESPONSE",
        details,
      },
    );
  }
  const statusLine = `HTTP ${res.statusCode} ${res.statusMessage}`.trim();
  return probeResult("UP", latencyMs, `${statusLine} in ${latencyMs} ms`, {
    details,
  });
}
