import type { CheckKind } from "@opsdeck/db";
import type { FieldErrors } from "../errors.ts";

export type HeaderLines = { headers: Record<string, string>; errors: string[] };

/**
 * HTTP request headers typed as text, one "Name: value" per line (the add-check form's textarea).
 * Blank lines are skipped; a line without a name and a colon, or naming a header twice, is an error.
 * Names and values are checked further by the probe's own schema.
 */
export function parseHeaderLines(text: string): HeaderLines {
  const headers: Record<string, string> = {};
  const errors: string[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : "";
    if (!name) {
      errors.push(`Line ${i + 1}: write it as Name: value (e.g. Authorization: Bearer …)`);
      return;
    }
    const first = seen.get(name.toLowerCase());
    if (first !== undefined) {
      errors.push(`Line ${i + 1}: ${name} is already set on line ${first}`);
      return;
    }
    seen.set(name.toLowerCase(), i + 1);
    headers[name] = line.slice(colon + 1).trim();
  });
  return { headers, errors };
}

/** An HTTP config may give its headers as such text: they are stored as an object, bad lines reported on `config.headers`. */
export function withParsedHeaders(
  kind: CheckKind,
  config: Record<string, unknown>,
  errors: FieldErrors,
): Record<string, unknown> {
  if (kind !== "HTTP" || typeof config.headers !== "string") return config;
  const parsed = parseHeaderLines(config.headers);
  if (parsed.errors.length) errors["config.headers"] = [...(errors["config.headers"] ?? []), ...parsed.errors];
  return { ...config, headers: parsed.headers };
}
