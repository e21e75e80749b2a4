import { randomBytes } from "node:crypto";
import type { RunIo } from "../run-io.ts";
import type { BackupStorage } from "../storage/types.ts";
import { compareCounts, type CountMismatch } from "./compare-counts.ts";
import { withDatabase } from "./connection.ts";
import { createDatabase, dropDatabase } from "./databases.ts";
import { inspectDatabase } from "./inspect.ts";
import { openArchive } from "./open-archive.ts";
import { runPgRestore } from "./pg-restore.ts";
import type { BackupRecord } from "./record.ts";

export interface VerifyInput {
  storage: BackupStorage;
  backup: BackupRecord;
  /** A server to restore into, as a URL of any database on it; the role needs CREATEDB. */
  serverUrl: string;
  binDir?: string | null;
}

export interface VerifyResult {
  /** The archive restored cleanly and every table holds the rows it held at backup time. */
  ok: boolean;
  tocEntries: number;
  tablesCompared: number;
  mismatches: CountMismatch[];
  /** Tables the restore produced that the backup did not count. */
  extraTables: string[];
  durationMs: number;
}

/**
 * Proves a backup restores: checks its sha256, lists it, restores it into a scratch database and
 * compares row counts with those recorded at backup time. The scratch database is always dropped.
 * A changed or unreadable archive, or a failing restore, throws (BackupCorruptError, PgToolError).
 */
export async function verifyBackup(input: VerifyInput, io: RunIo): Promise<VerifyResult> {
  io.signal.throwIfAborted();
  const started = Date.now();
  const { backup } = input;
  io.log(`Verifying ${backup.key} from ${input.storage.description}`);
  const archive = await openArchive(input.storage, backup, input.serverUrl, input.binDir, io, io.signal);
  const scratch = `opsdeck_verify_${randomBytes(6).toString("hex")}`;
  const scratchUrl = withDatabase(input.serverUrl, scratch);
  try {
    io.progress(0.05, "archive checked");
    await createDatabase(input.serverUrl, scratch);
    io.log(`Restoring into scratch database ${scratch}`);
    await runPgRestore({
      pgRestore: archive.pgRestore,
      file: archive.file,
      url: scratchUrl,
      tables: backup.tables,
      io,
      signal: io.signal,
      span: [0.05, 0.9],
    });
    io.signal.throwIfAborted();
    io.progress(0.9, "counting rows");
    const { tables } = await inspectDatabase(scratchUrl);
    const { mismatches, extraTables } = compareCounts(backup.tables, tables);
    for (const m of mismatches)
      io.log(
        `Row count differs for ${m.table}: ${m.expected ?? "absent"} in the backup, ${m.actual ?? "absent"} restored`,
      );
    const ok = mismatches.length === 0 && extraTables.length === 0;
    io.log(ok ? `Verified: ${Object.keys(backup.tables).length} tables match` : "Verification found differences");
    io.progress(1);
    return {
      ok,
      tocEntries: archive.tocEntries,
      tablesCompared: Object.keys(backup.tables).length,
      mismatches,
      extraTables,
      durationMs: Date.now() - started,
    };
  } finally {
    await dropDatabase(input.serverUrl, scratch).catch((err) =>
      io.log(`Could not drop scratch database ${scratch}: ${err.message}`),
    );
    await archive.release();
  }
}
