import type { Prisma } from "@opsdeck/db";

type Backup = Prisma.BackupGetPayload<Record<string, never>>;
import { type BackupRecord, type BackupStorage, localDirStorage } from "@opsdeck/integrations";
import type { z } from "zod";
import type { ZPostgresConfig } from "../target-config.ts";
import { type ActionDeps, configOf, databaseNameOf, type TargetRow } from "../targets.ts";

export type PostgresTarget = {
  config: z.output<typeof ZPostgresConfig>;
  storage: BackupStorage;
  binDir: string | null;
};

/** A Postgres target's storage and pg_dump/pg_restore directory (set on the worker: OPSDECK_PG_BIN_DIR, never in a form). */
export function postgresTarget(target: TargetRow, deps: ActionDeps): PostgresTarget {
  const config = configOf<z.output<typeof ZPostgresConfig>>(target);
  return { config, storage: localDirStorage(config.storageDir), binDir: deps.env?.OPSDECK_PG_BIN_DIR?.trim() || null };
}

/** What verify and restore check against, rebuilt from the Backup row written when the dump finished. */
export function recordOf(b: Backup, url: string): BackupRecord {
  const major = Number.parseInt(b.serverVersion, 10);
  return {
    key: b.key,
    database: databaseNameOf(url),
    sourceUrl: "",
    bytes: Number(b.sizeBytes),
    sha256: b.sha256,
    startedAt: b.createdAt.toISOString(),
    durationMs: b.durationMs,
    serverVersion: { major: Number.isFinite(major) ? major : 0, full: b.serverVersion },
    pgDumpVersion: b.toolVersion,
    tables: (b.rowCounts ?? {}) as Record<string, number>,
    countsInSnapshot: true,
  };
}
