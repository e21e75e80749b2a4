import type { RunIo } from "../run-io.ts";
import type { BackupStorage } from "../storage/types.ts";
import { compareCounts, type CountMismatch } from "./compare-counts.ts";
import { databaseOf, redactUrl, withDatabase } from "./connection.ts";
import { createDatabase, dropDatabase } from "./databases.ts";
import { inspectDatabase } from "./inspect.ts";
import { openArchive } from "./open-archive.ts";
import { runPgRestore } from "./pg-restore.ts";
import type { BackupRecord } from "./record.ts";

/**
 * new-database: create a database (refused if the name is taken) and restore into it.
 * in-place: replace the objects of the URL's database in one transaction; on any error it is left
 * exactly as it was. Take a safety backup first (backupDatabase on the same URL).
 */
export type RestoreMode = { kind: "new-database"; database?: string } | { kind: "in-place" };

export interface RestoreInput {
  storage: BackupStorage;
  backup: BackupRecord;
  /** new-database: any database on the server to restore to; in-place: the database to overwrite. */
  url: string;
  mode?: RestoreMode;
  binDir?: string | null;
  /** In place: give up instead of queueing behind sessions that hold locks on the tables (default 60 s). */
  lockTimeoutMs?: number;
}

export interface RestoreResult {
  mode: RestoreMode["kind"];
  database: string;
  /** The restored database's URL, password redacted. */
  url: string;
  tocEntries: number;
  tablesCompared: number;
  /** Tables whose row count differs from the backup's. */
  mismatches: CountMismatch[];
  /** Tables in the database that the backup does not hold (in place: created after the backup). */
  extraTables: string[];
  ok: boolean;
  durationMs: number;
}

/** A name for a restored copy: "<source>_restored_<UTC yyyymmddhhmmss>", within PostgreSQL's 63 bytes. */
export function restoredDatabaseName(source: string, at: Date = new Date()): string {
  const stamp = at.toISOString().replace(/\D/g, "").slice(0, 14);
  return `${source.slice(0, 63 - stamp.length - 10)}_restored_${stamp}`;
}

export async function restoreBackup(input: RestoreInput, io: RunIo): Promise<RestoreResult> {
  io.signal.throwIfAborted();
  const started = Date.now();
  const { backup } = input;
  const mode = input.mode ?? { kind: "new-database" };
  const database =
    mode.kind === "in-place" ? databaseOf(input.url) : (mode.database ?? restoredDatabaseName(backup.database));
  const targetUrl = withDatabase(input.url, database);
  io.log(
    mode.kind === "in-place"
      ? `Restoring ${backup.key} in place over ${redactUrl(targetUrl)}`
      : `Restoring ${backup.key} into new database ${redactUrl(targetUrl)}`,
  );
  const archive = await openArchive(input.storage, backup, input.url, input.binDir, io, io.signal);
  let created = false;
  let restored = false;
  try {
    io.progress(0.05, "archive checked");
    if (mode.kind === "new-database") {
      await createDatabase(input.url, database);
      created = true;
    }
    const inPlace = mode.kind === "in-place";
    await runPgRestore({
      pgRestore: archive.pgRestore,
      file: archive.file,
      url: targetUrl,
      extraArgs: inPlace ? ["--clean", "--if-exists", "--single-transaction"] : [],
      env: inPlace ? { PGOPTIONS: `-c lock_timeout=${input.lockTimeoutMs ?? 60_000}` } : {},
      tables: backup.tables,
      io,
      signal: io.signal,
      span: [0.05, 0.9],
    });
    restored = true;
    io.progress(0.9, "counting rows");
    const { tables } = await inspectDatabase(targetUrl);
    const { mismatches, extraTables } = compareCounts(backup.tables, tables);
    for (const m of mismatches)
      io.log(
        `Row count differs for ${m.table}: ${m.expected ?? "absent"} in the backup, ${m.actual ?? "absent"} restored`,
      );
    if (extraTables.length) io.log(`Tables not in the backup: ${extraTables.join(", ")}`);
    io.log(`Restored ${database} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    io.progress(1);
    return {
      mode: mode.kind,
      database,
      url: redactUrl(targetUrl),
      tocEntries: archive.tocEntries,
      tablesCompared: Object.keys(backup.tables).length,
      mismatches,
      extraTables,
      ok: mismatches.length === 0,
      durationMs: Date.now() - started,
    };
  } catch (err) {
    if (created && !restored) {
      io.log(`Restore failed: dropping the half-restored database ${database}`);
      await dropDatabase(input.url, database).catch(() => {});
    } else if (mode.kind === "in-place" && !restored) {
      io.log("Restore failed: the transaction was rolled back, the database is unchanged");
    }
    if (io.signal.aborted) throw io.signal.reason;
    throw err;
  } finally {
    await archive.release();
  }
}
