const TOUCH_INTERVAL_MS = 60_000;

/**
 * Records a secret's use (an API token's, a calendar feed's) at most once a minute: null while the last
 * use is recent, else `updateMany` arguments that only one of many concurrent requests can match.
 */
export function lastUseTouch(row: { id: string; lastUsedAt: Date | null }, now: Date) {
  const stale = new Date(now.getTime() - TOUCH_INTERVAL_MS);
  if (row.lastUsedAt && row.lastUsedAt >= stale) return null;
  return {
    where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
    data: { lastUsedAt: now },
  };
}
