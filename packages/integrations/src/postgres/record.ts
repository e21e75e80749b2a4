import type { ServerVersion, TableCounts } from "./inspect.ts";

/** What a backup run wrote and what it found, stored beside the file so verify and restore can check against it. */
export interface BackupRecord {
  /** The storage key of the pg_dump custom-format archive. */
  key: string;
  /** The database that was dumped. */
  database: string;
  /** Its connection URL, password redacted. */
  sourceUrl: string;
  bytes: number;
  /** Hex sha256 of the archive as written. */
  sha256: string;
  /** ISO 8601. */
  startedAt: string;
  durationMs: number;
  serverVersion: ServerVersion;
  /** "15.18" */
  pgDumpVersion: string;
  /** Exact row count per table ("schema.table") at dump time. */
  tables: TableCounts;
  /**
   * True when the counts were read in the dump's own snapshot (exactly what the archive holds);
   * false when the server could not export one and they were taken just before the dump started.
   */
  countsInSnapshot: boolean;
}

/** A storage key for a new backup of `database`: "<database>/<UTC time>.dump". */
export function backupKey(database: string, at: Date = new Date()): string {
  const safe = database.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^[._]+/, "") || "database";
  return `${safe}/${at.toISOString().replace(/[:.]/g, "-")}.dump`;
}
