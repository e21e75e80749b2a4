import { describe, expect, it } from "vitest";
import { applyHistoryPatch, type TileHistoryPatch } from "../check/tile-history-patch.ts";
import type { TileStatePatch } from "../check/tile-patches.ts";
import { sseFrame } from "./sse.ts";
import { decodeTiles, encodeTiles, newTileEncoder, type TileDecoder, type TilesWire } from "./tile-codec.ts";

const M = 60_000;
const T0 = Date.parse("2026-12-02T09:20:07.000Z");

const state = (id: string, over: Partial<TileStatePatch> = {}): TileStatePatch => ({
  id,
  name: `api-${id} /health`,
  serviceId: "cmisv6ozs000008l40k1u6x9d",
  state: "DOWN",
  stateSince: "2026-12-02T09:12:41.515Z",
  lastCheckedAt: "2026-12-02T09:20:06.873Z",
  stale: false,
  lastLatencyMs: 3,
  lastMessage: "HTTP 500",
  ...over,
});

const history = (id: string, atMs: number, lastUp: number): TileHistoryPatch => ({
  id,
  historyAt: new Date(atMs - (atMs % M)).toISOString(),
  uptimeBar: [...new Array(14).fill(null), ...new Array(9).fill(0.98333), lastUp],
  sparkline: [...new Array(40).fill(null), 3, 2, 3, 4, 2, 3, 2, 2, 3, ...new Array(11).fill(null)],
});

/** Through JSON, as the browser gets it. */
const wire = (w: TilesWire | null) => (w ? (JSON.parse(JSON.stringify(w)) as TilesWire) : null);

describe("tile frames", () => {
  it("give the browser exactly the states and histories read, flush after flush, however little is sent", () => {
    const enc = newTileEncoder();
    const dec: TileDecoder = new Map();
    const watched = new Set(["a", "b"]);
    let tileB = { ...history("b", T0, 1) };
    let now = T0;
    for (let flush = 0; flush < 200; flush++) {
      now += 1_000 + (flush % 7) * 3_000;
      const ranAt = new Date(now - (flush % 5) * 100).toISOString();
      // a: results only; b: a state change now and then, and a message that changes; c: not watched.
      const states = [
        state("a", { lastCheckedAt: ranAt, lastLatencyMs: flush % 3 ? 4 : null }),
        state("b", {
          state: flush % 40 < 20 ? "DOWN" : "UP",
          stateSince: new Date(T0 + Math.floor(flush / 20) * 20_000).toISOString(),
          lastMessage: flush % 40 < 20 ? `HTTP 50${flush % 2}` : null,
          lastCheckedAt: ranAt,
        }),
        state("c", { lastCheckedAt: ranAt }),
      ];
      const h = history("b", now, Math.round((1 - (flush % 10) / 10) * 1e5) / 1e5);
      const got = decodeTiles(dec, wire(encodeTiles(enc, states, [h], watched, now)) ?? { states: [], histories: [] });
      expect(got.unknown).toBe(0);
      for (const s of got.states) expect(s).toEqual(states.find((x) => x.id === s.id));
      // Every state that differs from the last one given is in the frame.
      expect(got.states.map((s) => s.id)).toEqual(expect.arrayContaining(["c"]));
      for (const p of got.histories) tileB = { ...applyHistoryPatch(tileB, p) };
      expect(tileB, `flush ${flush}`).toEqual(h);
    }
  });

  it("send a check outside the watched ones whole, with no key, and do not remember it", () => {
    const enc = newTileEncoder();
    const out = encodeTiles(enc, [state("x")], [history("x", T0, 1)], new Set(), T0);
    expect(out).toEqual({ states: [state("x")], histories: [] });
    expect(enc.sent.size).toBe(0);
  });

  it("send nothing when nothing a stream shows changed", () => {
    const enc = newTileEncoder();
    encodeTiles(enc, [state("a")], [history("a", T0, 1)], new Set(["a"]), T0);
    expect(encodeTiles(enc, [state("a")], [history("a", T0, 1)], new Set(["a"]), T0 + 500)).toBeNull();
  });

  it("leave a history older than the one a stream holds unsent", () => {
    const enc = newTileEncoder();
    encodeTiles(enc, [state("a")], [history("a", T0 + M, 1)], new Set(["a"]), T0 + M);
    expect(encodeTiles(enc, [], [history("a", T0, 0.5)], new Set(["a"]), T0 + M)).toBeNull();
  });

  it("key a watched check's whole history too, so its next history moves before any result of it is sent", () => {
    const enc = newTileEncoder();
    const dec: TileDecoder = new Map();
    const watched = new Set(["a"]);
    const first = wire(encodeTiles(enc, [], [history("a", T0, 1)], watched, T0));
    expect(first?.histories).toEqual([{ ...history("a", T0, 1), k: 1 }]);
    const [whole] = decodeTiles(dec, first ?? { states: [], histories: [] }).histories;
    if (!whole) throw new Error("no history decoded");
    let tile = { ...whole };
    expect(tile).toEqual(history("a", T0, 1));

    const now = T0 + M;
    const next = wire(encodeTiles(enc, [], [history("a", now, 0.5)], watched, now));
    expect(next?.histories).toEqual([]);
    expect(next?.moves?.map(([k, back, uptime]) => [k, back, uptime])).toEqual([[1, 0, [0.5]]]);
    const got = decodeTiles(dec, next ?? { states: [], histories: [] });
    expect(got.unknown).toBe(0);
    for (const p of got.histories) tile = { ...applyHistoryPatch(tile, p) };
    expect(tile).toEqual(history("a", now, 0.5));

    // Its state, when it comes, keeps the key; the result after it is a row.
    expect(wire(encodeTiles(enc, [state("a")], [], watched, now))?.states).toEqual([{ ...state("a"), k: 1 }]);
    const later = state("a", { lastCheckedAt: new Date(now + 20_000).toISOString() });
    const row = wire(encodeTiles(enc, [later], [], watched, now + 20_500));
    expect(row?.results).toEqual([[1, 500, 3]]);
  });

  it("count rows naming a key the stream never sent, so the browser reads again", () => {
    const got = decodeTiles(new Map(), {
      states: [],
      histories: [],
      t: T0,
      results: [[7, 100, 3]],
      moves: [[8, 0, [], []]],
    });
    expect(got).toEqual({ states: [], histories: [], unknown: 2 });
  });

  it("make a DOWN check's result a few bytes after its first frame", () => {
    const enc = newTileEncoder();
    const ids = Array.from({ length: 20 }, (_, i) => `cmisv6p0k0000${String(i).padStart(2, "0")}l4d2kq3k1x`);
    const watched = new Set(ids);
    const first = encodeTiles(
      enc,
      ids.map((id) => state(id)),
      ids.map((id) => history(id, T0, 0.81667)),
      watched,
      T0,
    );
    const now = T0 + 20_000;
    const next = encodeTiles(
      enc,
      ids.map((id) => state(id, { lastCheckedAt: new Date(now - 120).toISOString(), lastLatencyMs: 2 })),
      ids.map((id) => history(id, now, 0.80328)),
      watched,
      now,
    );
    const whole = sseFrame("tiles", first).length / ids.length;
    const result = sseFrame("tiles", next).length / ids.length;
    console.info(`one DOWN result in a frame of 20: ${whole.toFixed(0)} B whole, ${result.toFixed(0)} B after`);
    expect(result).toBeLessThan(40);
    expect(result).toBeLessThan(whole / 20);
  });
});
