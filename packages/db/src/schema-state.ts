import manifest from "./generated/migrations.json" with { type: "json" };
import type { Db } from "./client.ts";

export type MigrationState = { applied: number; expected: number; pending: string[]; failed: string[] };

/** Compare the migrations shipped with this build against those the database has applied. */
export async function migrationState(db: Db): Promise<MigrationState> {
  const rows = await db.$queryRaw<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[]>`
    SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`;
  const done = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
  const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  const expected = manifest as string[];
  return {
    applied: done.size,
    expected: expected.length,
    pending: expected.filter((m) => !done.has(m)),
    failed,
  };
}
