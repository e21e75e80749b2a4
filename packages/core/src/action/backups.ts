import type { BackupOrigin } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { ZTargetRef } from "./target-schemas.ts";
import { loadTarget } from "./targets.ts";

export type BackupDto = {
  id: string;
  origin: BackupOrigin;
  key: string;
  sizeBytes: number;
  sha256: string;
  durationMs: number;
  serverVersion: string;
  toolVersion: string;
  rowCounts: Record<string, number>;
  totalRows: number;
  verifiedAt: string | null;
  verification: Record<string, unknown> | null;
  deletedAt: string | null;
  createdAt: string;
  runId: string | null;
};

/** A Postgres target's backups, newest first, including removed ones (marked) for the record (VIEWER). */
export async function listBackups({
  db,
  ctx,
  input,
}: ServiceCall<{ id: string; limit?: number }>): Promise<BackupDto[]> {
  assertRole(ctx, "VIEWER");
  const { id } = parseInput(ZTargetRef, input);
  const target = await loadTarget(db, id);
  if (target.kind !== "POSTGRES")
    throw new ValidationError({ id: ["This target has no backups: it is not a Postgres target"] });
  const rows = await db.backup.findMany({
    where: { targetId: id },
    orderBy: { createdAt: "desc" },
    take: Math.min(Math.max(input.limit ?? 50, 1), 200),
  });
  return rows.map((b) => {
    const rowCounts = (b.rowCounts ?? {}) as Record<string, number>;
    return {
      id: b.id,
      origin: b.origin,
      key: b.key,
      sizeBytes: Number(b.sizeBytes),
      sha256: b.sha256,
      durationMs: b.durationMs,
      serverVersion: b.serverVersion,
      toolVersion: b.toolVersion,
      rowCounts,
      totalRows: Object.values(rowCounts).reduce((a, n) => a + n, 0),
      verifiedAt: b.verifiedAt?.toISOString() ?? null,
      verification: (b.verification ?? null) as Record<string, unknown> | null,
      deletedAt: b.deletedAt?.toISOString() ?? null,
      createdAt: b.createdAt.toISOString(),
      runId: b.runId,
    };
  });
}
