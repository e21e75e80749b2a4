import { alignSeries, SPARKLINE_MINUTES, UPTIME_BAR_HOURS } from "./tile-history.ts";

const M = 60_000;
const H = 60 * M;

/** A tile's history as the Overview shows it: where it ends, and its two series ending there. */
export type TileHistory = {
  /** The minute (ISO) the sparkline's last point stands for; the uptime bar ends at its hour. */
  historyAt: string;
  /** 24 hourly up fractions, oldest first; null where nothing ran. */
  uptimeBar: (number | null)[];
  /** Mean latency per minute over the last hour, oldest first. */
  sparkline: (number | null)[];
};

/**
 * A tile's history, whole or as a change: the tile's series move to end at `historyAt` (buckets that
 * pass show as unknown, as the reader shifts them), then the last points are replaced by those given.
 * A whole patch gives every point; a change only those from the first that differs.
 */
export type TileHistoryPatch = TileHistory & { id: string };

/** The minute holding `nowMs`, as a history's `historyAt`. */
export const historyMinute = (nowMs: number): string => new Date(nowMs - (nowMs % M)).toISOString();

const hourOf = (ms: number) => ms - (ms % H);

function moved(h: TileHistory, toMs: number): { uptimeBar: (number | null)[]; sparkline: (number | null)[] } {
  const fromMs = Date.parse(h.historyAt);
  return {
    uptimeBar: alignSeries(h.uptimeBar, hourOf(fromMs), toMs, H, UPTIME_BAR_HOURS),
    sparkline: alignSeries(h.sparkline, fromMs, toMs, M, SPARKLINE_MINUTES),
  };
}

const withTail = (series: (number | null)[], tail: readonly (number | null)[]) =>
  tail.length === 0
    ? series
    : [...series.slice(0, Math.max(0, series.length - tail.length)), ...tail.slice(-series.length)];

/**
 * A tile's history after a patch. A patch older than the tile (read before the tile was) leaves it as
 * it is; a newer one moves it forward and replaces the points it carries.
 */
export function applyHistoryPatch<T extends TileHistory>(tile: T, p: TileHistory): T {
  const toMs = Date.parse(p.historyAt);
  if (!(toMs >= Date.parse(tile.historyAt))) return tile;
  const m = moved(tile, toMs);
  return {
    ...tile,
    historyAt: p.historyAt,
    uptimeBar: withTail(m.uptimeBar, p.uptimeBar),
    sparkline: withTail(m.sparkline, p.sparkline),
  };
}

const sameValue = (a: number | null | undefined, b: number | null | undefined) => (a ?? null) === (b ?? null);

/** The points of `next` from the first that differs from `prev` (already moved to end where `next` does). */
function tailFrom(prev: (number | null)[], next: (number | null)[]): (number | null)[] {
  let i = 0;
  while (i < next.length && sameValue(prev[i], next[i])) i++;
  return next.slice(i);
}

/**
 * The change from a history a client holds (`prev`, sent before) to `next`, both whole: what
 * `applyHistoryPatch(prev, change)` turns into `next`. Without `prev`, or when `next` is older, all of `next`.
 */
export function historyChange(prev: TileHistoryPatch | undefined, next: TileHistoryPatch): TileHistoryPatch {
  const toMs = Date.parse(next.historyAt);
  if (!prev || !(toMs >= Date.parse(prev.historyAt))) return next;
  const m = moved(prev, toMs);
  return {
    id: next.id,
    historyAt: next.historyAt,
    uptimeBar: tailFrom(m.uptimeBar, next.uptimeBar),
    sparkline: tailFrom(m.sparkline, next.sparkline),
  };
}
