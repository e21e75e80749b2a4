import type { Db, Prisma } from "@opsdeck/db";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { encodeAuditCursor, type TAuditLogPage, type TListAuditLog, ZListAuditLog } from "./schemas.ts";

/** One page of the audit log, newest first (ADMIN). `nextCursor` is null on the last page. */
export async function listAuditLog({
  db,
  ctx,
  input = {},
}: {
  db: Db;
  ctx: AnyCtx;
  input?: TListAuditLog;
}): Promise<TAuditLogPage> {
  assertRole(ctx, "ADMIN");
  const f = parseInput(ZListAuditLog, input);
  const and: Prisma.AuditLogWhereInput[] = [];
  if (f.actor) and.push({ actorLabel: { contains: f.actor, mode: "insensitive" } });
  if (f.action) and.push({ action: { startsWith: f.action } });
  if (f.targetType) and.push({ targetType: f.targetType });
  if (f.from) and.push({ createdAt: { gte: f.from } });
  if (f.to) and.push({ createdAt: { lte: f.to } });
  if (f.cursor) {
    const { at, id } = f.cursor;
    and.push({ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: id } }] });
  }
  const rows = await db.auditLog.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: f.limit + 1,
  });
  const page = rows.slice(0, f.limit);
  const last = page.at(-1);
  return {
    entries: page.map((r) => ({
      ...r,
      before: r.before ?? null,
      after: r.after ?? null,
      createdAt: r.createdAt.toISOString(),
    })),
    nextCursor: rows.length > f.limit && last ? encodeAuditCursor(last.createdAt, last.id) : null,
  };
}
