import type { RunIo } from "../run-io.ts";
import type { BackupStorage } from "../storage/types.ts";
import { checkArchive } from "./archive-check.ts";
import { serverVersionOf } from "./inspect.ts";
import { countTocEntries } from "./pg-restore.ts";
import type { BackupRecord } from "./record.ts";
import { findPgTool, type PgTool, parseToolVersion } from "./tools.ts";

export interface OpenArchive {
  file: string;
  pgRestore: PgTool;
  tocEntries: number;
  release(): Promise<void>;
}

/**
 * The backup as a local file that is checked to be the one written (size, sha256) and readable
 * (`pg_restore --list`), with a pg_restore fit for both the archive and the server at `url`.
 */
export async function openArchive(
  storage: BackupStorage,
  backup: BackupRecord,
  url: string,
  binDir: string | null | undefined,
  io: RunIo,
  signal: AbortSignal,
): Promise<OpenArchive> {
  const server = await serverVersionOf(url);
  const dumpMajor = parseToolVersion(`(PostgreSQL) ${backup.pgDumpVersion}`)?.major ?? 0;
  const pgRestore = await findPgTool("pg_restore", {
    minMajor: Math.max(server.major, dumpMajor),
    reason: `the server runs PostgreSQL ${server.full} and the archive was written by pg_dump ${backup.pgDumpVersion}`,
    binDir,
  });
  const copy = await storage.localCopy(backup.key, { signal });
  try {
    io.log(`Checking size and sha256 of ${backup.key}`);
    await checkArchive(copy.path, backup, signal);
    const tocEntries = await countTocEntries(pgRestore, copy.path, url, signal);
    io.log(`Archive holds ${tocEntries} entries`);
    return { file: copy.path, pgRestore, tocEntries, release: copy.release };
  } catch (err) {
    await copy.release();
    throw err;
  }
}
