import type { Db, Role } from "@opsdeck/db";
import { isLiveKind, type LiveEvent } from "./kinds.ts";

type Row = { id: bigint; kind: string; minRole: Role; payload: Record<string, unknown> };

/** Events after `afterId`, oldest first, at most `limit`. */
export async function readLiveSince(db: Db, afterId: number, limit: number): Promise<LiveEvent[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT id, kind, "minRole"::text AS "minRole", payload FROM "LiveEvent" WHERE id > ${afterId} ORDER BY id LIMIT ${limit}`;
  return rows.flatMap((r) =>
    isLiveKind(r.kind) ? [{ id: Number(r.id), kind: r.kind, minRole: r.minRole, payload: r.payload }] : [],
  );
}

/** The id of the newest committed event (0 when there is none): where a reader starts. */
export async function liveCursor(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ head: bigint | null }[]>`SELECT max(id) AS head FROM "LiveEvent"`;
  return Number(row?.head ?? 0);
}

/**
 * Whether a reader that has seen everything up to `afterId` can still catch up from the log: false
 * once events after it were pruned (or it names an id this database never gave out).
 */
export async function canCatchUp(db: Db, afterId: number): Promise<boolean> {
  const [row] = await db.$queryRaw<{ oldest: bigint | null; issued: bigint }[]>`
    SELECT (SELECT min(id) FROM "LiveEvent") AS oldest,
      (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM "LiveEvent_id_seq") AS issued`;
  if (!row) return false;
  const issued = Number(row.issued);
  if (afterId > issued) return false;
  if (row.oldest === null) return afterId === issued;
  return afterId >= Number(row.oldest) - 1;
}

/** Delete events older than `keepMs`: the log is for catching up after a reconnect, not history. */
export async function pruneLiveEvents(db: Db, keepMs: number, now = new Date()): Promise<number> {
  return db.$executeRaw`DELETE FROM "LiveEvent" WHERE at < ${new Date(now.getTime() - keepMs)}`;
}
