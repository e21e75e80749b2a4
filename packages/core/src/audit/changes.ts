export type TFieldChange = { field: string; from: string | null; to: string | null };

const MAX_VALUE = 60;

/** A short, readable form of a recorded value: strings quoted, anything long cut. */
export function showValue(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const text = typeof v === "string" ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * What an audit entry changed, field by field (top-level fields; nested values compared whole). A
 * creation lists what was set, a deletion what was removed; unchanged fields are left out.
 */
export function auditChanges(before: unknown, after: unknown): TFieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    const from = showValue(before);
    const to = showValue(after);
    return from === to ? [] : [{ field: "value", from, to }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((field) => ({ field, from: showValue(b[field]), to: showValue(a[field]) }));
}
