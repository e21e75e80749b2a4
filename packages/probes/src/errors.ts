import type { z } from "zod";
import type { Deadline } from "./abort.ts";
import { elapsedMs, type ProbeErrorCode, type ProbeResult, probeResult } from "./result.ts";
import { issuesToFieldErrors } from "./schemas.ts";

/** An error a probe raises itself, already carrying its code and message. */
export class ProbeError extends Error {
  readonly code: ProbeErrorCode;
  constructor(code: ProbeErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = "ProbeError";
  }
}

export function invalidConfigResult(error: z.ZodError): ProbeResult {
  const fieldErrors = issuesToFieldErrors(error.issues);
  const summary = Object.entries(fieldErrors)
    .map(([field, messages]) => `${field}: ${messages.join("; ")}`)
    .join(", ");
  return probeResult("DOWN", 0, `Invalid check configuration (${summary})`, {
    code: "INVALID_CONFIG",
    details: { fieldErrors },
  });
}

export type ClassifiedError = { code: ProbeErrorCode; message: string };

const TLS_VERIFY_ERRORS: Record<string, ClassifiedError> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: { code: "TLS_SELF_SIGNED", message: "the certificate is self-signed" },
  SELF_SIGNED_CERT_IN_CHAIN: {
    code: "TLS_SELF_SIGNED",
    message: "the certificate chain ends in an untrusted self-signed certificate",
  },
  CERT_HAS_EXPIRED: { code: "TLS_EXPIRED", message: "the certificate has expired" },
  CERT_NOT_YET_VALID: { code: "TLS_NOT_YET_VALID", message: "the certificate is not valid yet" },
  ERR_TLS_CERT_ALTNAME_INVALID: {
    code: "TLS_HOSTNAME_MISMATCH",
    message: "the certificate does not match the host name",
  },
};

const TLS_UNTRUSTED = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_UNTRUSTED",
  "CERT_SIGNATURE_FAILURE",
  "CERT_REVOKED",
  "CERT_REJECTED",
  "INVALID_CA",
  "INVALID_PURPOSE",
  "CERT_CHAIN_TOO_LONG",
  "PATH_LENGTH_EXCEEDED",
  "UNABLE_TO_DECRYPT_CERT_SIGNATURE",
  "UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY",
  "HOSTNAME_MISMATCH",
]);

/** Map an OpenSSL verification code (socket.authorizationError or err.code) to a probe code. */
export function classifyTlsVerifyError(verifyCode: string): ClassifiedError | undefined {
  const known = TLS_VERIFY_ERRORS[verifyCode];
  if (known) return known;
  if (TLS_UNTRUSTED.has(verifyCode)) {
    return { code: "TLS_UNTRUSTED", message: `the certificate is not trusted (${verifyCode})` };
  }
  return undefined;
}

function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Turn a network-level error into a stable code and a sentence naming the target. */
export function classifyError(err: unknown, target: string): ClassifiedError {
  if (err instanceof ProbeError) return { code: err.code, message: err.message };
  const code = errorCode(err);
  const detail = errorMessage(err);
  switch (code) {
    case "ENOTFOUND":
      return { code: "DNS_FAILURE", message: `DNS lookup failed for ${target}: the name does not resolve (ENOTFOUND)` };
    case "EAI_AGAIN":
      return {
        code: "DNS_FAILURE",
        message: `DNS lookup failed for ${target}: temporary resolver failure (EAI_AGAIN)`,
      };
    case "ECONNREFUSED":
      return { code: "CONNECTION_REFUSED", message: `Connection refused by ${target}: nothing is listening there` };
    case "ECONNRESET":
    case "EPIPE":
      return { code: "CONNECTION_RESET", message: `Connection reset by ${target} before a complete response` };
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return { code: "HOST_UNREACHABLE", message: `${target} is unreachable (${code})` };
    case "ETIMEDOUT":
      return { code: "TIMEOUT", message: `Connecting to ${target} timed out (ETIMEDOUT)` };
  }
  if (code) {
    const tls = classifyTlsVerifyError(code);
    if (tls) {
      const reason = (err as { reason?: unknown }).reason;
      const suffix = typeof reason === "string" && reason ? `: ${reason.trim()}` : "";
      return { code: tls.code, message: `TLS error on ${target}: ${tls.message}${suffix}` };
    }
    if (code.startsWith("ERR_SSL_") || code.startsWith("ERR_TLS_") || code === "EPROTO") {
      return { code: "TLS_HANDSHAKE_FAILED", message: `TLS handshake with ${target} failed: ${detail}` };
    }
    if (code.startsWith("HPE_")) {
      return { code: "PROTOCOL_ERROR", message: `${target} sent an invalid HTTP response: ${detail}` };
    }
  }
  return { code: "UNKNOWN_ERROR", message: `Probe of ${target} failed: ${detail}` };
}

/** The timeout or cancellation result, when the deadline has fired. */
export function deadlineResult(deadline: Deadline, startedAt: number, target: string): ProbeResult | undefined {
  if (!deadline.signal.aborted) return undefined;
  if (deadline.timedOut()) {
    return probeResult("DOWN", elapsedMs(startedAt), `No answer from ${target} within ${deadline.timeoutMs} ms`, {
      code: "TIMEOUT",
      details: { timeoutMs: deadline.timeoutMs },
    });
  }
  return probeResult("DOWN", elapsedMs(startedAt), `Probe of ${target} was cancelled`, { code: "ABORTED" });
}

/** A DOWN result for a thrown error; a fired deadline wins over whatever error it caused. */
export function failureResult(
  err: unknown,
  deadline: Deadline,
  startedAt: number,
  target: string,
  details?: Record<string, unknown>,
): ProbeResult {
  const ended = deadlineResult(deadline, startedAt, target);
  if (ended) return details ? { ...ended, details: { ...ended.details, ...details } } : ended;
  const { code, message } = classifyError(err, target);
  return probeResult("DOWN", elapsedMs(startedAt), message, { code, details });
}
