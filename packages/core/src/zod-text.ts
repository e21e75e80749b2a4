import { z } from "zod";

/** Optional text up to `max` characters; empty strings clear the field (stored as null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .nullish()
    .transform((v) => v || null);
