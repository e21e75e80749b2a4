import type { Db } from "@opsdeck/db";

const TOKEN = /^[A-Za-z0-9_-]{32,128}$/;

/**
 * Record a heartbeat ping. Looked up by the unique token column, so timing reveals nothing useful;
 * false (a 404) for a malformed, unknown or non-heartbeat token alike.
 */
export async function recordHeartbeatPing({
  db,
  token,
  now = new Date(),
}: {
  db: Db;
  token: string;
  now?: Date;
}): Promise<boolean> {
  if (!TOKEN.test(token)) return false;
  const { count } = await db.check.updateMany({
    where: { heartbeatToken: token, kind: "HEARTBEAT" },
    data: { lastPingAt: now },
  });
  return count > 0;
}
