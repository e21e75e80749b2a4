import type { FieldErrors } from "./errors.ts";

/** PostgreSQL text and jsonb cannot hold NUL, and a lone UTF-16 surrogate has no UTF-8 form. */
const UNSAFE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const MAX_INPUT_DEPTH = 32;

export const isUnsafeText = (s: string): boolean => UNSAFE_TEXT.test(s);

const NUL_MESSAGE = "Remove the NUL character or unpaired surrogate: text cannot hold it";

/**
 * Field errors for text no database column can store, and for nesting deeper than any form or API
 * body needs; null when the input is safe. Walks without recursion, so hostile depth cannot overflow.
 */
export function unsafeInputErrors(input: unknown, maxDepth = MAX_INPUT_DEPTH): FieldErrors | null {
  const errors: FieldErrors = {};
  const stack: Array<{ value: unknown; path: string[] }> = [{ value: input, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop() as { value: unknown; path: string[] };
    const key = path.length ? path.join(".") : "_form";
    if (typeof value === "string") {
      if (isUnsafeText(value)) (errors[key] ??= []).push(NUL_MESSAGE);
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (path.length >= maxDepth) {
      (errors[key] ??= []).push(`Nested too deeply: at most ${maxDepth} levels`);
      continue;
    }
    for (const [k, v] of Object.entries(value)) {
      if (isUnsafeText(k)) {
        (errors[[...path, "(name)"].join(".")] ??= []).push(NUL_MESSAGE);
        continue;
      }
      stack.push({ value: v, path: [...path, k] });
    }
  }
  return Object.keys(errors).length ? errors : null;
}
