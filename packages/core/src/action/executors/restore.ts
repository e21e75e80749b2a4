import { describeMismatches, restoreBackup } from "@opsdeck/integrations";
import { credentialOf, databaseNameOf } from "../targets.ts";
import { postgresTarget, recordOf } from "./backup-storage.ts";
import { takeBackup } from "./backup.ts";
import type { Executor } from "./types.ts";

/**
 * Restore a backup into a new database (the default: the live one is untouched) or in place, after
 * a safety backup of the current state, in one transaction so a failure leaves the database as it
 * was. Either way the result is checked against the backup's row counts.
 */
export const runRestore: Executor = async ({ db, run, io, deps, now }) => {
  const backup = await db.backup.findUniqueOrThrow({ where: { id: String(run.params.backupId) } });
  if (backup.deletedAt) throw new Error("That backup's file was removed");
  const url = await credentialOf(db, deps, run.target);
  const pg = postgresTarget(run.target, deps);
  const inPlace = run.params.mode === "in-place";
  let safetyBackupId: string | null = null;
  if (inPlace) {
    io.log(`Taking a safety backup of ${databaseNameOf(url)} before restoring over it`);
    safetyBackupId = (await takeBackup(db, deps, run.target, io, { runId: null, origin: "SAFETY", now: now() }))
      .backupId;
    io.progress(0.5, "safety backup taken");
  }
  const result = await restoreBackup(
    {
      storage: pg.storage,
      backup: recordOf(backup, url),
      url,
      binDir: pg.binDir,
      mode: inPlace ? { kind: "in-place" } : { kind: "new-database", database: String(run.params.newDatabase) },
    },
    io,
  );
  if (!result.ok) {
    const diff = describeMismatches(result.mismatches);
    throw new Error(`Restored into ${result.database}, but row counts differ from the backup's: ${diff}`);
  }
  if (!inPlace)
    io.log(
      `Restored into the new database ${result.database}. To use it, point the application's DATABASE_URL at ${result.url}, then restart it.`,
    );
  else io.log(`Restored ${result.database} in place; the safety backup of its previous state is kept`);
  return { ...result, backupId: backup.id, safetyBackupId };
};
