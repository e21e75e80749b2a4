import "server-only";
import { ValidationError } from "@opsdeck/core";
import { MAX_BODY_BYTES } from "./limits.ts";

export class BodyTooLargeError extends Error {}

/** Parse a JSON request body; a malformed one is a 400 with a clear message, an oversized one a 413. */
export async function readJsonBody(req: Request): Promise<unknown> {
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw new BodyTooLargeError();
  const text = await readAtMost(req, MAX_BODY_BYTES);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError({ _form: ["The request body is not valid JSON"] }, "The request body is not valid JSON");
  }
}

/** Stops reading as soon as the body passes the limit, whatever content-length claimed. */
async function readAtMost(req: Request, limit: number): Promise<string> {
  if (!req.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLargeError();
    }
    chunks.push(r.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
