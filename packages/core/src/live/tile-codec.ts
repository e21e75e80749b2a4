import { historyChange, historyMinute, type TileHistoryPatch } from "../check/tile-history-patch.ts";
import type { TileStatePatch } from "../check/tile-patches.ts";

const M = 60_000;

/**
 * A `tiles` frame as sent. A stream is sent a watched check whole once (`states` and `histories`, each
 * with the stream-local key `k` the check keeps on that stream); after that a result that changed only when it ran and its latency is a
 * `results` row, and a history that moved is a `moves` row with only the points that changed. Times in
 * rows count back from `t` (the flush, ms since the epoch), so a row is a few numbers.
 */
export type TilesWire = {
  states: (TileStatePatch & { k?: number })[];
  histories: (TileHistoryPatch & { k?: number })[];
  t?: number;
  /** [key, ms from lastCheckedAt to t, lastLatencyMs] */
  results?: [number, number, number | null][];
  /** [key, minutes from historyAt to t's minute, last uptime points, last sparkline points] */
  moves?: [number, number, (number | null)[], (number | null)[]][];
};

/** What one stream was sent of a watched check. */
type Sent = { k: number; state?: TileStatePatch; history?: TileHistoryPatch };

/** The encoder's memory for one stream: it starts empty with the stream, as the browser's decoder does. */
export type TileEncoder = { nextKey: number; sent: Map<string, Sent> };

export const newTileEncoder = (): TileEncoder => ({ nextKey: 1, sent: new Map() });

/** Only when it ran and how long it took differ: the rest of the tile is as sent. */
const sameButResult = (a: TileStatePatch, b: TileStatePatch) =>
  a.state === b.state &&
  a.stateSince === b.stateSince &&
  a.stale === b.stale &&
  a.lastMessage === b.lastMessage &&
  a.serviceId === b.serviceId &&
  a.name === b.name;

/**
 * One stream's `tiles` frame for these current states and whole histories (null: nothing new for it).
 * Checks outside `watched` (state changes reach every stream) go whole and are not remembered.
 */
export function encodeTiles(
  enc: TileEncoder,
  states: readonly TileStatePatch[],
  histories: readonly TileHistoryPatch[],
  watched: ReadonlySet<string>,
  nowMs: number,
): TilesWire | null {
  const wire: Required<TilesWire> = { states: [], histories: [], t: nowMs, results: [], moves: [] };
  for (const s of states) {
    if (!watched.has(s.id)) {
      wire.states.push(s);
      continue;
    }
    const prev = enc.sent.get(s.id);
    if (prev?.state && sameButResult(prev.state, s)) {
      const same = s.lastCheckedAt === prev.state.lastCheckedAt && s.lastLatencyMs === prev.state.lastLatencyMs;
      if (same) continue;
      if (s.lastCheckedAt !== null) {
        wire.results.push([prev.k, nowMs - Date.parse(s.lastCheckedAt), s.lastLatencyMs]);
        prev.state = s;
        continue;
      }
    }
    const k = prev?.k ?? enc.nextKey++;
    enc.sent.set(s.id, { ...prev, k, state: s });
    wire.states.push({ ...s, k });
  }
  const minute = Date.parse(historyMinute(nowMs));
  for (const h of histories) {
    if (!watched.has(h.id)) continue;
    const prev = enc.sent.get(h.id);
    const at = Date.parse(h.historyAt);
    const back = (minute - at) / M;
    if (prev?.history && Number.isInteger(back)) {
      const from = Date.parse(prev.history.historyAt);
      if (at < from) continue; // older than what the stream holds: the browser would keep its own
      const change = historyChange(prev.history, h);
      prev.history = h;
      if (at === from && change.uptimeBar.length === 0 && change.sparkline.length === 0) continue;
      wire.moves.push([prev.k, back, change.uptimeBar, change.sparkline]);
      continue;
    }
    const k = prev?.k ?? enc.nextKey++;
    enc.sent.set(h.id, { ...prev, k, history: h });
    wire.histories.push({ ...h, k });
  }
  if (!wire.states.length && !wire.histories.length && !wire.results.length && !wire.moves.length) return null;
  const out: TilesWire = { states: wire.states, histories: wire.histories };
  if (wire.results.length || wire.moves.length) out.t = nowMs;
  if (wire.results.length) out.results = wire.results;
  if (wire.moves.length) out.moves = wire.moves;
  return out;
}

/** The browser's memory for one stream: each key's check, and its state as last decoded. Empty again on every new stream. */
export type TileDecoder = Map<number, { id: string; state?: TileStatePatch }>;

export type DecodedTiles = {
  states: TileStatePatch[];
  histories: TileHistoryPatch[];
  /** Rows naming a key this stream never sent: what is on screen may be behind, so read it again. */
  unknown: number;
};

/** A `tiles` frame as whole states and history patches (what `encodeTiles` was given, less what the stream had). */
export function decodeTiles(dec: TileDecoder, wire: TilesWire): DecodedTiles {
  const out: DecodedTiles = { states: [], histories: [], unknown: 0 };
  for (const { k, ...s } of wire.states ?? []) {
    if (k !== undefined) dec.set(k, { id: s.id, state: s });
    out.states.push(s);
  }
  for (const { k, ...h } of wire.histories ?? []) {
    if (k !== undefined && !dec.has(k)) dec.set(k, { id: h.id });
    out.histories.push(h);
  }
  const t = wire.t ?? 0;
  for (const [k, back, latency] of wire.results ?? []) {
    const prev = dec.get(k)?.state;
    if (!prev) {
      out.unknown++;
      continue;
    }
    const s = { ...prev, lastCheckedAt: new Date(t - back).toISOString(), lastLatencyMs: latency };
    dec.set(k, { id: s.id, state: s });
    out.states.push(s);
  }
  const minute = Date.parse(historyMinute(t));
  for (const [k, back, uptimeBar, sparkline] of wire.moves ?? []) {
    const prev = dec.get(k);
    if (!prev) {
      out.unknown++;
      continue;
    }
    out.histories.push({ id: prev.id, historyAt: new Date(minute - back * M).toISOString(), uptimeBar, sparkline });
  }
  return out;
}
