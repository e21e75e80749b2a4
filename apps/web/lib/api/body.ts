import "server-only";
import { PayloadTooLargeError, ValidationError } from "@opsdeck/core";
import { readCapped as readStream } from "@opsdeck/integrations/http/read-capped";
import { MAX_BODY_BYTES } from "./limits.ts";

async function readCapped(req: Request, limit: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > limit) throw new PayloadTooLargeError(limit);
  const body = await readStream(req.body, limit);
  if (body === null) throw new PayloadTooLargeError(limit);
  return new TextDecoder().decode(body);
}

const invalid = (message: string) => new ValidationError({ _form: [message] }, message);

/**
 * Read a JSON object body (or, for an operation whose body is a list, a JSON array): an empty body is {}
 * (or []), a body past MAX_BODY_BYTES (limits.ts) is a 413, and malformed JSON or anything else is a
 * 400 with a clear message, never a 500.
 */
export async function readJsonBody(req: Request, list = false): Promise<Record<string, unknown> | unknown[]> {
  const text = await readCapped(req, MAX_BODY_BYTES);
  if (!text.trim()) return list ? [] : {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid("The request body is not valid JSON");
  }
  if (list) {
    if (!Array.isArray(value)) throw invalid("The request body must be a JSON array");
    return value;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw invalid("The request body must be a JSON object");
  return value as Record<string, unknown>;
}
