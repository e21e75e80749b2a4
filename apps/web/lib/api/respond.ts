import "server-only";
import { DomainError, httpStatusOf, ValidationError } from "@opsdeck/core";

export const json = (body: unknown, status = 200, headers: HeadersInit = {}) =>
  Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });

export const problem = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
  json({ error: { code, message, ...extra } }, status);

/** Field errors: 400 for input the operation's schemas refuse, 422 (where it says so) for input its service refuses. */
export const invalidInput = (err: ValidationError, status: 400 | 422) =>
  problem(status, err.code, err.message, { fieldErrors: err.fieldErrors });

/** Map an error to a JSON response: domain errors keep their message, anything else is logged and hidden. */
export function errorResponse(err: unknown, requestId: string): Response {
  if (err instanceof ValidationError) return invalidInput(err, 400);
  if (err instanceof DomainError) {
    const retry = (err as { retryAfterSeconds?: number }).retryAfterSeconds;
    const res = problem(
      httpStatusOf(err),
      err.code,
      err.message,
      (err as { details?: Record<string, unknown> }).details,
    );
    if (retry) res.headers.set("retry-after", String(retry));
    return res;
  }
  console.error(
    JSON.stringify({
      level: "error",
      requestId,
      msg: "unhandled API error",
      err: String(err),
      stack: (err as Error)?.stack,
    }),
  );
  return problem(500, "INTERNAL", `Something went wrong on our side (request ${requestId}).`, { requestId });
}
