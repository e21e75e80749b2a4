import type { CheckState, Db } from "@opsdeck/db";
import { getWorkerStatus } from "../health/worker-status.ts";
import { activeMaintenance, shownState } from "./maintenance.ts";
import { alignSeries, SPARKLINE_MINUTES, UPTIME_BAR_HOURS } from "./tile-history.ts";
import type { StoredTileHistory } from "./tile-history-apply.ts";
import { historyMinute, type TileHistoryPatch } from "./tile-history-patch.ts";
import { isStale } from "./tiles.ts";

/** A tile's live fields, as the Overview shows them, to patch a tile in place. */
export type TileStatePatch = {
  id: string;
  /** So that a change can be said in words without another read. */
  name: string;
  serviceId: string;
  state: CheckState;
  stateSince: string;
  lastCheckedAt: string | null;
  /** No result for 2 × interval + 30 s, or no worker running. */
  stale: boolean;
  lastLatencyMs: number | null;
  lastMessage: string | null;
};
export type { TileHistoryPatch } from "./tile-history-patch.ts";

/** The columns a tile's live fields are made from. */
export type TileStateRow = {
  id: string;
  serviceId: string;
  state: CheckState;
  health: CheckState;
  stateSince: Date;
  lastCheckedAt: Date | null;
  lastLatencyMs: number | null;
  lastMessage: string | null;
  intervalSeconds: number;
  paused: boolean;
  createdAt: Date;
};

/**
 * The current live fields of the checks named by id or by seq (deleted ones are simply absent), with
 * maintenance and staleness applied exactly as the tile list applies them.
 */
export async function readTileStates(
  db: Db,
  { ids = [], seqs = [] }: { ids?: readonly string[]; seqs?: readonly number[] },
  now = new Date(),
): Promise<TileStatePatch[]> {
  if (ids.length === 0 && seqs.length === 0) return [];
  const [rows, maint, worker] = await Promise.all([
    db.$queryRaw<(TileStateRow & { name: string })[]>`
      SELECT c.id, c.name, c."serviceId", c.state::text AS state, c.health::text AS health, c."stateSince", c."lastCheckedAt",
        c."lastLatencyMs", c."lastMessage", c."intervalSeconds", c.paused, c."createdAt"
      FROM "Check" c WHERE c.id = ANY(${[...ids]}::text[]) OR c.seq = ANY(${[...seqs]}::int[])`,
    activeMaintenance(db, now),
    getWorkerStatus({ db, now }),
  ]);
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    serviceId: c.serviceId,
    state: shownState(maint, c),
    stateSince: c.stateSince.toISOString(),
    lastCheckedAt: c.lastCheckedAt?.toISOString() ?? null,
    stale: isStale(c, now.getTime(), worker.running),
    lastLatencyMs: c.lastLatencyMs,
    lastMessage: c.lastMessage,
  }));
}

type HistoryRow = {
  id: string;
  sparkline: unknown;
  minuteStart: Date | null;
  uptimeBar: unknown;
  hourStart: Date | null;
};

/** The sparklines and uptime bars of these checks, shifted to `now` as the tile list shifts them. */
export async function readTileHistories(db: Db, ids: readonly string[], now = new Date()): Promise<TileHistoryPatch[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<HistoryRow[]>`
    SELECT c.id, h.sparkline, h."minuteStart", h."uptimeBar", h."hourStart"
    FROM "Check" c JOIN "CheckTileHistory" h ON h."checkSeq" = c.seq WHERE c.id = ANY(${[...ids]}::text[])`;
  return rows.map((r) =>
    storedHistoryAt(
      r.id,
      {
        sparkline: r.sparkline,
        minuteStartMs: r.minuteStart?.getTime() ?? null,
        uptimeBar: r.uptimeBar,
        hourStartMs: r.hourStart?.getTime() ?? null,
      },
      now.getTime(),
    ),
  );
}

/** A check's stored history as a tile shows it at `nowMs`: both series shifted to end there. */
export function storedHistoryAt(id: string, h: StoredTileHistory, nowMs: number): TileHistoryPatch {
  return {
    id,
    historyAt: historyMinute(nowMs),
    uptimeBar: alignSeries(h.uptimeBar, h.hourStartMs, nowMs, 3_600_000, UPTIME_BAR_HOURS),
    sparkline: alignSeries(h.sparkline, h.minuteStartMs, nowMs, 60_000, SPARKLINE_MINUTES),
  };
}
