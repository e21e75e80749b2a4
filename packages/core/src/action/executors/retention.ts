import type { Db } from "@opsdeck/db";
import type { RunIo } from "@opsdeck/integrations";
import type { TargetRow } from "../targets.ts";
import type { PostgresTarget } from "./backup-storage.ts";

const DAY = 86_400_000;

/**
 * Keep the last N backups and/or those younger than N days (both when both are set: a backup goes
 * once it is outside either rule); the one just taken always stays. Files are deleted, rows stay
 * (marked deleted) for the record. Returns how many were removed.
 */
export async function applyRetention(
  db: Db,
  target: TargetRow,
  pg: PostgresTarget,
  keepId: string,
  now: Date,
  io: RunIo,
): Promise<number> {
  const { keepLast, keepDays } = pg.config;
  if (!keepLast && !keepDays) return 0;
  const live = await db.backup.findMany({
    where: { targetId: target.id, deletedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, key: true, createdAt: true },
  });
  const doomed = live.filter(
    (b, i) =>
      b.id !== keepId &&
      ((keepLast && i >= keepLast) || (keepDays && now.getTime() - b.createdAt.getTime() > keepDays * DAY)),
  );
  for (const b of doomed) {
    await pg.storage.delete(b.key);
    await db.backup.update({ where: { id: b.id }, data: { deletedAt: now } });
    io.log(`Retention removed ${b.key}`);
  }
  return doomed.length;
}
