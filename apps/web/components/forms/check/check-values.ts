import type { CheckDto } from "@opsdeck/core/check/index";

function text(key: string, v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (key === "headers" && typeof v === "object") {
    return Object.entries(v as Record<string, unknown>)
      .map(([name, value]) => `${name}: ${value}`)
      .join("\n");
  }
  if (Array.isArray(v)) return v.join(", ");
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

/**
 * A stored check as the form's starting values, keyed by field name. Redacted header values stay
 * "[redacted]": sent back unchanged, the service keeps the stored credential.
 */
export function checkFormValues(check: CheckDto): Record<string, string> {
  const values: Record<string, string> = {
    name: check.name,
    kind: check.kind,
    intervalSeconds: String(check.intervalSeconds),
    downAfter: String(check.downAfter),
  };
  if (check.kind !== "HEARTBEAT") values.timeoutMs = String(check.timeoutMs);
  for (const [key, v] of Object.entries(check.config)) {
    const t = text(key, v);
    if (t !== undefined) values[`config.${key}`] = t;
  }
  return values;
}
