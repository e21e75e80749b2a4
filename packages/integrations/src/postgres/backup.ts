import { createHash, randomBytes } from "node:crypto";
import type { RunIo } from "../run-io.ts";
import type { BackupStorage } from "../storage/types.ts";
import { databaseOf, dbnameArg, libpqEnv, redactUrl } from "./connection.ts";
import { watchCopyProgress } from "./copy-progress.ts";
import { DUMPING_TABLE, TableProgress } from "./table-progress.ts";
import { formatBytes } from "./format-bytes.ts";
import type { TableCounts } from "./inspect.ts";
import { startPgProcess } from "./pg-process.ts";
import type { BackupRecord } from "./record.ts";
import { openDumpSnapshot } from "./snapshot.ts";
import { findPgTool } from "./tools.ts";

export interface BackupInput {
  /** Connection URL of the database to dump. */
  url: string;
  storage: BackupStorage;
  /** Where the archive goes; see backupKey(). */
  key: string;
  /** A configured directory holding pg_dump, tried before the usual places. */
  binDir?: string | null;
}

/** pg_dump sessions are named this plus a per-run suffix. */
export const PG_DUMP_APPLICATION_NAME = "opsdeck-pg-dump";
const PROGRESS_EVERY_MS = 1_000;

/**
 * `pg_dump -Fc --no-owner --no-privileges` streamed into storage, hashed and counted on the way,
 * never held in memory. Aborting io.signal stops pg_dump and leaves no file.
 */
export async function backupDatabase(input: BackupInput, io: RunIo): Promise<BackupRecord> {
  io.signal.throwIfAborted();
  const started = Date.now();
  const database = databaseOf(input.url);
  io.log(`Backing up ${redactUrl(input.url)} to ${input.storage.description} as ${input.key}`);
  const snapshot = await openDumpSnapshot(input.url);
  const stop = new AbortController();
  const forwardAbort = () => stop.abort(io.signal.reason);
  io.signal.addEventListener("abort", forwardAbort, { once: true });
  let child: ReturnType<typeof startPgProcess> | undefined;
  let failed = false;
  let watcher: ReturnType<typeof watchCopyProgress> | undefined;
  try {
    const { serverVersion } = snapshot;
    const pgDump = await findPgTool("pg_dump", {
      minMajor: serverVersion.major,
      reason: `the server runs PostgreSQL ${serverVersion.full}`,
      binDir: input.binDir,
    });
    let counts: Promise<TableCounts>;
    if (snapshot.snapshotId) {
      counts = snapshot.countRows();
    } else {
      io.log("The server did not export a snapshot: row counts are taken just before the dump starts");
      counts = Promise.resolve(await snapshot.countRows());
    }
    counts.catch((err) => stop.abort(err));

    const args = ["--format=custom", "--no-owner", "--no-privileges", "--verbose"];
    if (snapshot.snapshotId) args.push(`--snapshot=${snapshot.snapshotId}`);
    args.push(dbnameArg(database));
    io.log(`Running pg_dump ${pgDump.version} (${pgDump.path}) ${args.join(" ")}`);

    const progress = new TableProgress(
      Object.fromEntries(
        snapshot.tables.map((t) => [`${t.schema}.${t.name}`, { weight: t.bytes, rows: t.estimatedRows }]),
      ),
      DUMPING_TABLE,
    );
    let bytes = 0;
    let lastReport = 0;
    const report = () => {
      lastReport = Date.now();
      const table = progress.count ? `, table ${Math.max(progress.started, 1)} of ${progress.count}` : "";
      io.progress(progress.fraction, `${formatBytes(bytes)} written${table}`);
    };
    const applicationName = `${PG_DUMP_APPLICATION_NAME}-${randomBytes(4).toString("hex")}`;
    const proc = startPgProcess(pgDump.path, args, {
      env: libpqEnv(input.url, applicationName),
      signal: stop.signal,
      onStderrLine: (line) => {
        if (progress.take(line)) report();
        else if (/^pg_dump: (error|warning)/i.test(line)) io.log(line);
      },
    });
    child = proc;
    watcher = watchCopyProgress(input.url, applicationName, (table, rows) => progress.copied(table, rows));
    const hash = createHash("sha256");
    async function* archive(): AsyncIterable<Uint8Array> {
      for await (const chunk of proc.child.stdout as AsyncIterable<Buffer>) {
        hash.update(chunk);
        bytes += chunk.byteLength;
        if (Date.now() - lastReport >= PROGRESS_EVERY_MS) report();
        yield chunk;
      }
      // A dump that failed half-way still ends its output: only a clean exit may commit the file.
      await proc.done;
    }
    await input.storage.write(input.key, archive(), { signal: stop.signal });
    await watcher.stop();
    const tables = await counts;
    const durationMs = Date.now() - started;
    io.progress(1, `${formatBytes(bytes)} written`);
    io.log(
      `Backup written: ${formatBytes(bytes)} in ${(durationMs / 1000).toFixed(1)} s, ${Object.keys(tables).length} tables`,
    );
    return {
      key: input.key,
      database,
      sourceUrl: redactUrl(input.url),
      bytes,
      sha256: hash.digest("hex"),
      startedAt: new Date(started).toISOString(),
      durationMs,
      serverVersion,
      pgDumpVersion: pgDump.version,
      tables,
      countsInSnapshot: snapshot.snapshotId !== null,
    };
  } catch (err) {
    failed = true;
    stop.abort(err);
    await child?.done.catch(() => {});
    if (io.signal.aborted) throw io.signal.reason;
    throw err;
  } finally {
    await watcher?.stop();
    io.signal.removeEventListener("abort", forwardAbort);
    await snapshot.close({ discard: failed });
  }
}
