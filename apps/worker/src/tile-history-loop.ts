import { refreshTileHistory } from "@opsdeck/core/check/tile-history";
import type { Db } from "@opsdeck/db";
import { startPeriodic } from "./periodic.ts";

/** Recompute the Overview tiles' uptime bars and sparklines every `seconds` (one worker at a time). */
export function startTileHistory(db: Db, seconds: number) {
  return startPeriodic("tile history refresh", seconds, async () => {
    await refreshTileHistory(db, new Date());
  });
}
