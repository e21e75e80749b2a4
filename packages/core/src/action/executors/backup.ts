import type { BackupOrigin, Db, Prisma } from "@opsdeck/db";
import { type BackupRecord, backupDatabase, backupKey, type RunIo } from "@opsdeck/integrations";
import { formatBytes } from "@opsdeck/integrations/postgres/format-bytes";
import { type ActionDeps, credentialOf, databaseNameOf, type TargetRow } from "../targets.ts";
import { postgresTarget } from "./backup-storage.ts";
import { applyRetention } from "./retention.ts";
import type { Executor } from "./types.ts";

/** Dump the target's database into its storage and record the file as a usable backup (only once it is complete). */
export async function takeBackup(
  db: Db,
  deps: ActionDeps,
  target: TargetRow,
  io: RunIo,
  o: { runId: string | null; origin: BackupOrigin; now: Date },
): Promise<{ record: BackupRecord; backupId: string }> {
  const url = await credentialOf(db, deps, target);
  const { storage, binDir } = postgresTarget(target, deps);
  const key = backupKey(databaseNameOf(url), o.now);
  io.log(`Backing up ${databaseNameOf(url)} to ${storage.description} as ${key}`);
  const record = await backupDatabase({ url, storage, key, binDir }, io);
  const row = await db.backup.create({
    data: {
      targetId: target.id,
      runId: o.runId,
      origin: o.origin,
      key: record.key,
      sizeBytes: BigInt(record.bytes),
      sha256: record.sha256,
      durationMs: record.durationMs,
      serverVersion: record.serverVersion.full,
      toolVersion: record.pgDumpVersion,
      rowCounts: record.tables as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  io.log(
    `Backup complete: ${formatBytes(record.bytes)}, sha256 ${record.sha256}, ${Object.keys(record.tables).length} tables`,
  );
  return { record, backupId: row.id };
}

export const runBackup: Executor = async ({ db, run, io, deps, now }) => {
  const { record, backupId } = await takeBackup(db, deps, run.target, io, {
    runId: run.id,
    origin: run.requestedBy ? "MANUAL" : "SCHEDULED",
    now: now(),
  });
  const removed = await applyRetention(db, run.target, postgresTarget(run.target, deps), backupId, now(), io);
  return {
    backupId,
    key: record.key,
    sizeBytes: record.bytes,
    sha256: record.sha256,
    durationMs: record.durationMs,
    serverVersion: record.serverVersion.full,
    pgDumpVersion: record.pgDumpVersion,
    rowCounts: record.tables,
    countsInSnapshot: record.countsInSnapshot,
    removedByRetention: removed,
  };
};
