import type { CheckKind } from "@opsdeck/db";
import type { CheckTileDto } from "./list.ts";
import { SPARKLINE_MINUTES, UPTIME_BAR_HOURS } from "./tile-history.ts";
import { historyMinute } from "./tile-history-patch.ts";
import type { TileHistoryPatch, TileStateRow } from "./tile-patches.ts";
import { isStale } from "./tiles.ts";

/** A tile from its check's live columns (state already as shown) and its history, if any was computed. */
export function tileDto(
  c: Omit<TileStateRow, "health"> & { name: string; kind: CheckKind },
  h: TileHistoryPatch | undefined,
  nowMs: number,
  workerRunning: boolean,
): CheckTileDto {
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    state: c.state,
    stateSince: c.stateSince.toISOString(),
    lastCheckedAt: c.lastCheckedAt?.toISOString() ?? null,
    stale: isStale(c, nowMs, workerRunning),
    lastLatencyMs: c.lastLatencyMs,
    lastMessage: c.lastMessage,
    intervalSeconds: c.intervalSeconds,
    historyAt: h?.historyAt ?? historyMinute(nowMs),
    uptimeBar: h?.uptimeBar ?? new Array(UPTIME_BAR_HOURS).fill(null),
    sparkline: h?.sparkline ?? new Array(SPARKLINE_MINUTES).fill(null),
  };
}
