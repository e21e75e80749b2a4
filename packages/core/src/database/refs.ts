/** Where the product knows a database from: a postgres check or a Postgres action target. */
export type DatabaseSourceKind = "check" | "target";

/** A monitored database's id: its source's kind and id, e.g. "check-clx…" (stable while the source exists). */
export const databaseRef = (kind: DatabaseSourceKind, id: string): string => `${kind}-${id}`;

export const DATABASE_REF = /^(check|target)-([A-Za-z0-9_-]{1,64})$/;

export function parseDatabaseRef(ref: string): { kind: DatabaseSourceKind; id: string } | null {
  const m = DATABASE_REF.exec(ref);
  return m?.[1] && m[2] ? { kind: m[1] as DatabaseSourceKind, id: m[2] } : null;
}
