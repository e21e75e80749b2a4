import type { z } from "zod";
import { ProviderError } from "../deploy/types.ts";

/** Checks a provider's answer against the fields we rely on; a changed contract becomes a readable error. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
  throw new ProviderError(`${what} had an unexpected shape${where}: ${issue?.message ?? "invalid"}`, null, false);
}
