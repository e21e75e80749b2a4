import { DomainError, ValidationError } from "@opsdeck/core";

/** Bad command-line input: printed as is, with a pointer to `help`. */
export class UsageError extends Error {}

const FLAG_OF: Record<string, string> = {
  email: "--email",
  name: "--name",
  role: "--role",
  expiresInDays: "--expires-days",
  state: "--state",
  q: "--q",
  order: "--order",
  at: "--at",
  password: "password",
  newPassword: "password",
};

/** The lines to print for an error: field errors by flag, domain messages as is, never a stack. */
export function formatError(e: unknown): string[] {
  if (e instanceof UsageError) return [`opsdeck: ${e.message}`, "Run `npm run opsdeck -- help` for usage."];
  if (e instanceof ValidationError) {
    return Object.entries(e.fieldErrors).flatMap(([field, messages]) =>
      messages.map((m) => `${FLAG_OF[field] ?? field}: ${m}`),
    );
  }
  if (e instanceof DomainError) return [`opsdeck: ${e.message}`];
  const message = e instanceof Error ? e.message : String(e);
  const last =
    message
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .pop() ?? "unknown error";
  return [`opsdeck: unexpected error: ${last.slice(0, 300)}`];
}
