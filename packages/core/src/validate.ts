import type { z } from "zod";
import { type FieldErrors, ValidationError } from "./errors.ts";
import { unsafeInputErrors } from "./input-safety.ts";

/**
 * The one validation gate of every service: unstorable text and absurd nesting are refused before the
 * schema runs (same rule for server actions, the API and the CLI), then the schema's own issues.
 */
export function safeParseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { success: true; data: z.output<S> } | { success: false; fieldErrors: FieldErrors } {
  const unsafe = unsafeInputErrors(input);
  if (unsafe) return { success: false, fieldErrors: unsafe };
  const result = schema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { success: false, fieldErrors };
}

/** Parse `input` with `schema`, throwing a ValidationError with per-field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = safeParseInput(schema, input);
  if (result.success) return result.data;
  throw new ValidationError(result.fieldErrors);
}

/** Parse a nested settings object (a target's or a channel's `config`): field errors are keyed `config.<field>`. */
export function parseConfigInput<S extends z.ZodType>(schema: S, config: unknown, prefix = "config"): z.output<S> {
  const result = safeParseInput(schema, config);
  if (result.success) return result.data;
  const entries = Object.entries(result.fieldErrors).map(([k, v]) => [k === "_form" ? prefix : `${prefix}.${k}`, v]);
  throw new ValidationError(Object.fromEntries(entries));
}
