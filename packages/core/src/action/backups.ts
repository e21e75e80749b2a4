import type { BackupModel as Backup, BackupOrigin, Prisma } from "@opsdeck/db";
import type { z } from "zod";
import type { ServiceCall } from "../call.ts";
import { ValidationError } from "../errors.ts";
import type { Keyset } from "../page/keyset.ts";
import { findPage } from "../page/prisma.ts";
import { type Page, pageLimit, ZCursor } from "../page/schemas.ts";
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

const NEWEST: Keyset = {
  list: "backups",
  fields: [
    { field: "createdAt", type: "date", desc: true },
    { field: "id", type: "string", desc: true },
  ],
};
const ZListBackups = ZTargetRef.extend({ limit: pageLimit(200).default(50), cursor: ZCursor });

/** A page of a Postgres target's backups, newest first, including removed ones (marked) for the record (VIEWER). */
export async function listBackupsPage({
  db,
  ctx,
  input,
}: ServiceCall<z.input<typeof ZListBackups>>): Promise<Page<BackupDto>> {
  assertRole(ctx, "VIEWER");
  const { id, limit, cursor } = parseInput(ZListBackups, input);
  const target = await loadTarget(db, id);
  if (target.kind !== "POSTGRES")
    throw new ValidationError({ id: ["This target has no backups: it is not a Postgres target"] });
  const { rows, next } = await findPage<Backup, Prisma.BackupWhereInput, Prisma.BackupOrderByWithRelationInput>(
    NEWEST,
    { limit, cursor },
    (p) => db.backup.findMany({ where: { AND: [{ targetId: id }, p.after] }, orderBy: p.orderBy, take: p.take }),
  );
  return { items: rows.map(toBackupDto), next };
}

/** A Postgres target's latest backups (the first page), newest first (VIEWER). */
export const listBackups = async (args: ServiceCall<z.input<typeof ZListBackups>>): Promise<BackupDto[]> =>
  (await listBackupsPage(args)).items;

function toBackupDto(b: Backup): BackupDto {
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
}
