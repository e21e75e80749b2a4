/** Typed domain errors: adapters map them to HTTP statuses and form messages. */
export class DomainError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(message = "Not found") {
    super("NOT_FOUND", message);
  }
}

export class ConflictError extends DomainError {
  /** What the caller needs to resolve the conflict (both versions of an edited text), sent along with the message. */
  readonly details?: Record<string, unknown>;
  constructor(message: string, details?: Record<string, unknown>) {
    super("CONFLICT", message);
    this.details = details;
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You do not have permission to do this") {
    super("FORBIDDEN", message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = "Sign in required") {
    super("UNAUTHENTICATED", message);
  }
}

export class RateLimitedError extends DomainError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super("RATE_LIMITED", `Too many attempts. Try again in ${retryAfterSeconds} s.`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** A request body past the documented limit. */
export class PayloadTooLargeError extends DomainError {
  constructor(limitBytes: number) {
    super("PAYLOAD_TOO_LARGE", `The request body is larger than ${limitBytes} bytes`);
  }
}

/** A provider this server called (Vercel, Render, Stripe, a webhook) failed or refused: its message is the provider's. */
export class UpstreamError extends DomainError {
  constructor(message: string) {
    super("UPSTREAM", message);
  }
}

export type FieldErrors = Record<string, string[]>;

export class ValidationError extends DomainError {
  readonly fieldErrors: FieldErrors;
  constructor(fieldErrors: FieldErrors, message = "Some fields need attention") {
    super("VALIDATION", message);
    this.fieldErrors = fieldErrors;
  }
}

export const httpStatusOf = (e: DomainError): number =>
  ({
    NOT_FOUND: 404,
    CONFLICT: 409,
    FORBIDDEN: 403,
    UNAUTHENTICATED: 401,
    RATE_LIMITED: 429,
    VALIDATION: 400,
    PAYLOAD_TOO_LARGE: 413,
    UPSTREAM: 502,
  })[e.code] ?? 400;
