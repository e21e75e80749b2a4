import { formatSeconds } from "./seconds.ts";
import { ProviderError } from "./types.ts";
import { SIGNATURE_HEADER, signWebhookBody } from "./webhook-signature.ts";

export interface SignedRequest {
  method: "GET" | "POST";
  url: string;
  /** Sent with POST; signed either way (empty for GET). */
  body: string;
  /** Signs the request when given (X-Opsdeck-Signature); a Slack incoming webhook takes none. */
  secret?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** How messages name the other side ("the deploy webhook"); URLs stay out of them, they may hold tokens. */
  what: string;
  maxBodyBytes: number;
  now?: Date;
}

export interface SignedResponse {
  status: number;
  text: string;
  truncated: boolean;
}

/** One signed request; failures to get any answer become ProviderErrors a responder can read. */
export async function sendSigned(req: SignedRequest): Promise<SignedResponse> {
  const timeout = AbortSignal.timeout(req.timeoutMs);
  const signal = req.signal ? AbortSignal.any([timeout, req.signal]) : timeout;
  const headers: Record<string, string> = { "user-agent": "Opsdeck", accept: "application/json" };
  if (req.secret) headers[SIGNATURE_HEADER] = signWebhookBody(req.secret, req.body, req.now);
  if (req.method === "POST") headers["content-type"] = "application/json";
  try {
    // A redirect is answered as is: following it would send the signed request somewhere unconfigured.
    const res = await fetch(req.url, {
      method: req.method,
      headers,
      body: req.method === "POST" ? req.body : undefined,
      redirect: "manual",
      signal,
    });
    return { status: res.status, ...(await readCapped(res, req.maxBodyBytes)) };
  } catch (err) {
    if (timeout.aborted) {
      throw new ProviderError(
        `${capitalize(req.what)} did not answer within ${formatSeconds(req.timeoutMs)}.`,
        null,
        true,
      );
    }
    if (req.signal?.aborted) throw new ProviderError(`Cancelled while waiting for ${req.what}.`);
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (err as Error).message;
    throw new ProviderError(`Could not reach ${req.what} (${why}).`, null, true);
  }
}

async function readCapped(res: Response, maxBytes: number): Promise<{ text: string; truncated: boolean }> {
  if (!res.body) return { text: "", truncated: false };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
    if (total > maxBytes) {
      truncated = true;
      await reader.cancel().catch(() => {});
      break;
    }
  }
  const text = Buffer.concat(chunks).subarray(0, maxBytes).toString("utf8");
  return { text, truncated };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The start of an error answer for a responder to read: at most 300 characters, whitespace collapsed. */
export function answerSnippet(text: string): string {
  const collapsed = text.replace(/\s+/g, " ").trim();
  if (collapsed === "") return "(empty body)";
  return collapsed.length > 300 ? `${collapsed.slice(0, 300)}…` : collapsed;
}

/** 429 and 5xx may pass; other refusals will not. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}
