import { ValidationError } from "../errors.ts";

/** How one sort field is compared: text, a whole number, an instant, or an enum in its declared order. */
export type KeyType = "string" | "int" | "date" | readonly string[];
export type KeyField = { field: string; type: KeyType; desc?: true; nullsLast?: true };
/** A list's order, ending on a unique field so that it is total; `list` names it inside its cursors. */
export type Keyset = { list: string; fields: readonly KeyField[] };
export type KeyValue = string | number | Date | null;
export type Key = KeyValue[];

const BAD_CURSOR = "Not a cursor of this list: start again without one";
const bad = () => new ValidationError({ cursor: [BAD_CURSOR] });

/** The cursor of the page after the item whose sort key is `key`: base64url of JSON, opaque to clients. */
export function encodeCursor(ks: Keyset, key: Key): string {
  const values = key.map((v) => (v instanceof Date ? v.toISOString() : v));
  return Buffer.from(JSON.stringify([ks.list, ...values])).toString("base64url");
}

function decodeValue(f: KeyField, v: unknown): KeyValue {
  if (v === null) {
    if (f.nullsLast) return null;
    throw bad();
  }
  if (f.type === "int" && Number.isSafeInteger(v)) return v as number;
  if (f.type === "string" && typeof v === "string") return v;
  if (f.type === "date" && typeof v === "string") {
    const at = new Date(v);
    if (!Number.isNaN(at.getTime()) && at.toISOString() === v) return at;
  }
  if (Array.isArray(f.type) && f.type.includes(v as string)) return v as string;
  throw bad();
}

/** The sort key a cursor carries, checked against the list's fields; a 400 on `cursor` when it is not one of this list's. */
export function readCursor(ks: Keyset, raw: string | undefined): Key | undefined {
  if (raw === undefined || raw === "") return undefined;
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw bad();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parsed) || parsed[0] !== ks.list || parsed.length !== ks.fields.length + 1) throw bad();
  return ks.fields.map((f, i) => decodeValue(f, parsed[i + 1]));
}

/** The sort key of a row that holds the list's fields. */
export const keyOf = (ks: Keyset, row: Record<string, unknown>): Key =>
  ks.fields.map((f) => (row[f.field] ?? null) as KeyValue);

/** Keep one more row than the page holds: its presence says a next page exists. */
export function pageRows<T extends Record<string, unknown>>(
  ks: Keyset,
  rows: T[],
  limit: number,
): { rows: T[]; next: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? encodeCursor(ks, keyOf(ks, last)) : null };
}
