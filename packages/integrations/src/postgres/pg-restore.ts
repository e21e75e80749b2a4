import { randomBytes } from "node:crypto";
import type { RunIo } from "../run-io.ts";
import { databaseOf, dbnameArg, libpqEnv } from "./connection.ts";
import { watchCopyProgress } from "./copy-progress.ts";
import { RESTORING_TABLE, TableProgress } from "./table-progress.ts";
import type { TableCounts } from "./inspect.ts";
import { startPgProcess } from "./pg-process.ts";
import type { PgTool } from "./tools.ts";

/** pg_restore sessions are named this plus a per-run suffix. */
export const PG_RESTORE_APPLICATION_NAME = "opsdeck-pg-restore";

/** Entries of the archive's table of contents (`pg_restore --list`, comment lines left out). */
export async function countTocEntries(
  pgRestore: PgTool,
  file: string,
  url: string,
  signal: AbortSignal,
): Promise<number> {
  const proc = startPgProcess(pgRestore.path, ["--list", file], {
    env: libpqEnv(url, PG_RESTORE_APPLICATION_NAME),
    signal,
  });
  let entries = 0;
  let partial = "";
  proc.child.stdout.setEncoding("utf8");
  for await (const data of proc.child.stdout as AsyncIterable<string>) {
    const lines = (partial + data).split("\n");
    partial = lines.pop() ?? "";
    entries += lines.filter((l) => l.trim() && !l.startsWith(";")).length;
  }
  if (partial.trim() && !partial.startsWith(";")) entries++;
  await proc.done;
  return entries;
}

export interface PgRestoreRun {
  pgRestore: PgTool;
  file: string;
  /** URL of the database to restore into. */
  url: string;
  /** Options besides --exit-on-error --no-owner --no-privileges --verbose. */
  extraArgs?: string[];
  /** Row counts of the backup, to weigh progress. */
  tables: TableCounts;
  io: RunIo;
  signal: AbortSignal;
  /** Maps restore progress 0..1 onto the run's [from, to]. */
  span: [number, number];
  env?: Record<string, string | undefined>;
}

/** pg_restore into an existing database, stopping at the first error. */
export async function runPgRestore(run: PgRestoreRun): Promise<void> {
  const args = ["--exit-on-error", "--no-owner", "--no-privileges", "--verbose", ...(run.extraArgs ?? [])];
  args.push(dbnameArg(databaseOf(run.url)), run.file);
  run.io.log(`Running pg_restore ${run.pgRestore.version} (${run.pgRestore.path}) ${args.join(" ")}`);
  const progress = new TableProgress(
    Object.fromEntries(Object.entries(run.tables).map(([t, rows]) => [t, { weight: rows, rows }])),
    RESTORING_TABLE,
  );
  const applicationName = `${PG_RESTORE_APPLICATION_NAME}-${randomBytes(4).toString("hex")}`;
  const report = () =>
    run.io.progress(from + (to - from) * progress.fraction, `table ${progress.started} of ${progress.count}`);
  const [from, to] = run.span;
  const proc = startPgProcess(run.pgRestore.path, args, {
    env: { ...libpqEnv(run.url, applicationName), ...run.env },
    signal: run.signal,
    onStderrLine: (line) => {
      if (progress.take(line)) {
        report();
      } else if (/^pg_restore: (error|warning)/i.test(line)) {
        run.io.log(line);
      }
    },
  });
  proc.child.stdout.resume();
  const watcher = watchCopyProgress(run.url, applicationName, (table, rows) => {
    progress.copied(table, rows);
    report();
  });
  try {
    await proc.done;
  } finally {
    await watcher.stop();
  }
}
