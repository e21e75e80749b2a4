import type { Prisma } from "@opsdeck/db";
import { describeMismatches, verifyBackup } from "@opsdeck/integrations";
import { credentialOf } from "../targets.ts";
import { postgresTarget, recordOf } from "./backup-storage.ts";
import type { Executor } from "./types.ts";

/**
 * The quarterly backup test as one button: check the file's sha256, list the archive, restore it
 * into a scratch database (always dropped) and compare row counts with those at dump time. A pass
 * marks the backup Verified; a mismatch fails the run with the tables that differ.
 */
export const runVerify: Executor = async ({ db, run, io, deps, now }) => {
  const backup = await db.backup.findUniqueOrThrow({ where: { id: String(run.params.backupId) } });
  if (backup.deletedAt) throw new Error("That backup's file was removed");
  const url = await credentialOf(db, deps, run.target);
  const { storage, binDir } = postgresTarget(run.target, deps);
  const result = await verifyBackup({ storage, backup: recordOf(backup, url), serverUrl: url, binDir }, io).catch(
    async (err) => {
      // A corrupt or unrestorable file is a verification result too: the backup says so until verified again.
      if (!io.signal.aborted) {
        const failed = { ok: false, error: (err as Error).message, runId: run.id, at: now().toISOString() };
        await db.backup.update({ where: { id: backup.id }, data: { verification: failed, verifiedAt: null } });
      }
      throw err;
    },
  );
  const verification = { ...result, runId: run.id, at: now().toISOString() };
  await db.backup.update({
    where: { id: backup.id },
    data: { verification: verification as unknown as Prisma.InputJsonValue, verifiedAt: result.ok ? now() : null },
  });
  if (!result.ok) {
    const diff = describeMismatches(result.mismatches);
    throw new Error(
      `The restored copy does not match the backup's row counts (${diff || `extra tables: ${result.extraTables.join(", ")}`})`,
    );
  }
  io.log(`Verified: ${result.tablesCompared} tables match, ${result.tocEntries} archive entries`);
  return { backupId: backup.id, ...result };
};
