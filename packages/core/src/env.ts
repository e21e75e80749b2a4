import type { z } from "zod";

export class EnvError extends Error {}

/** Validate environment variables, naming every missing or malformed one in a single message. */
export function parseEnv<S extends z.ZodType>(schema: S, source: Record<string, string | undefined>): z.output<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => {
    const name = i.path.join(".") || "environment";
    const missing = i.code === "invalid_type" && source[name] === undefined;
    return `  ${name}: ${missing ? "is required but not set" : i.message}`;
  });
  throw new EnvError(`Opsdeck cannot start: invalid environment\n${lines.join("\n")}`);
}
