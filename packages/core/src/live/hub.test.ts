import { describe, expect, it } from "vitest";
import type { TileStatePatch } from "../check/tile-patches.ts";
import { emptyFold, foldEvents } from "./fold.ts";
import { LiveHub, type Sink } from "./hub.ts";
import { type ParsedSse, parseSse } from "./sse.ts";

type Frame = ParsedSse;
const parse = (text: string): Frame[] => parseSse(text).frames;

function sink(limit = Infinity) {
  const frames: Frame[] = [];
  let bytes = 0;
  let closed = false;
  const s: Sink & { frames: Frame[]; closed: () => boolean } = {
    frames,
    closed: () => closed,
    write(text) {
      if (bytes + text.length > limit) return false;
      bytes += text.length;
      frames.push(...parse(text));
      return true;
    },
    close() {
      closed = true;
    },
  };
  return s;
}

const tile = (id: string, state: TileStatePatch["state"] = "UP"): TileStatePatch => ({
  id,
  name: `check ${id}`,
  serviceId: "s",
  state,
  stateSince: "2026-12-02T00:00:00.000Z",
  lastCheckedAt: "2026-12-02T00:00:01.000Z",
  stale: false,
  lastLatencyMs: 12,
  lastMessage: null,
});

describe("LiveHub", () => {
  it("sends state changes to everyone and results only to streams that show the check", () => {
    const hub = new LiveHub();
    const overview = sink();
    const servicePage = sink();
    hub.add({ userId: "u1", role: "VIEWER", checks: new Set(), sink: overview });
    hub.add({ userId: "u2", role: "VIEWER", checks: new Set(["b"]), sink: servicePage });
    const f = foldEvents(emptyFold(0), [
      { id: 1, kind: "check.state", minRole: "VIEWER", payload: { ids: ["a"] } },
      { id: 2, kind: "check.results", minRole: "VIEWER", payload: { seqs: [1, 2] } },
    ]);
    expect(hub.needs(f)).toEqual({ stateIds: ["a"], resultSeqs: [1, 2], watched: new Set(["b"]) });
    hub.deliver(f, { states: [tile("a", "DOWN"), tile("b")], histories: [] });
    expect(overview.frames).toEqual([{ id: 2, event: "tiles", data: { states: [tile("a", "DOWN")], histories: [] } }]);
    expect(servicePage.frames[0]?.data).toEqual({ states: [tile("a", "DOWN"), { ...tile("b"), k: 1 }], histories: [] });
  });

  it("reads no results and no history when no stream shows any check", () => {
    const hub = new LiveHub();
    hub.add({ userId: "u1", role: "ADMIN", checks: new Set(), sink: sink() });
    const f = foldEvents(emptyFold(0), [
      { id: 1, kind: "check.results", minRole: "VIEWER", payload: { seqs: [1, 2, 3] } },
      { id: 2, kind: "tiles.history", minRole: "VIEWER", payload: {} },
    ]);
    expect(hub.needs(f)).toEqual({ stateIds: [], resultSeqs: [], watched: new Set() });
  });

  it("never sends a VIEWER what needs a higher role", () => {
    const hub = new LiveHub();
    const viewer = sink();
    const responder = sink();
    hub.add({ userId: "v", role: "VIEWER", checks: new Set(), sink: viewer });
    hub.add({ userId: "r", role: "RESPONDER", checks: new Set(), sink: responder });
    const f = foldEvents(emptyFold(0), [
      { id: 7, kind: "action.log", minRole: "RESPONDER", payload: { runId: "r1", line: "pg_dump: done" } },
      { id: 8, kind: "incident.timeline", minRole: "VIEWER", payload: { incidentId: "i1" } },
    ]);
    hub.deliver(f, { states: [], histories: [] });
    expect(viewer.frames.map((x) => x.event)).toEqual(["incident.timeline"]);
    expect(responder.frames.map((x) => x.event)).toEqual(["action.log", "incident.timeline"]);
    // Only the last frame of a flush carries its id: a stream cut in between resumes before the flush.
    expect(responder.frames.map((x) => x.id)).toEqual([undefined, 8]);
  });

  it("drops a client whose buffer is full and keeps serving the others", () => {
    const hub = new LiveHub();
    const slow = sink(200);
    const fast = sink();
    hub.add({ userId: "s", role: "VIEWER", checks: new Set(), sink: slow });
    hub.add({ userId: "f", role: "VIEWER", checks: new Set(), sink: fast });
    for (let i = 1; i <= 5; i++) {
      const f = foldEvents(emptyFold(i - 1), [
        { id: i, kind: "check.state", minRole: "VIEWER", payload: { ids: ["a"] } },
      ]);
      hub.deliver(f, { states: [tile("a", i % 2 ? "DOWN" : "UP")], histories: [] });
    }
    expect(slow.closed()).toBe(true);
    expect(hub.clients.size).toBe(1);
    expect(fast.frames).toHaveLength(5);
  });

  it("ends the streams of a disabled user and applies a role change to the next events", () => {
    const hub = new LiveHub();
    const a = sink();
    const b = sink();
    hub.add({ userId: "u1", role: "RESPONDER", checks: new Set(), sink: a });
    hub.add({ userId: "u2", role: "RESPONDER", checks: new Set(), sink: b });
    hub.setRole("u1", null);
    hub.setRole("u2", "VIEWER");
    expect(a.closed()).toBe(true);
    hub.deliver(foldEvents(emptyFold(0), [{ id: 1, kind: "action.finished", minRole: "RESPONDER", payload: {} }]), {
      states: [],
      histories: [],
    });
    expect(b.frames).toEqual([]);
    expect([...hub.clients.values()].map((c) => c.userId)).toEqual(["u2"]);
  });

  it("sends a stream a watched check whole first, then only what changed, each stream for itself", () => {
    const hub = new LiveHub();
    const first = sink();
    hub.add({ userId: "u1", role: "VIEWER", checks: new Set(["b"]), sink: first });
    const at = Date.parse("2026-12-02T00:01:30.000Z");
    const whole = {
      id: "b",
      historyAt: "2026-12-02T00:01:00.000Z",
      uptimeBar: new Array(24).fill(1),
      sparkline: new Array(60).fill(12),
    };
    const moved = {
      ...whole,
      uptimeBar: [...whole.uptimeBar.slice(1), 0.5],
      sparkline: [...whole.sparkline.slice(1), 20],
    };
    const results = (id: number) =>
      foldEvents(emptyFold(id - 1), [{ id, kind: "check.results", minRole: "VIEWER", payload: { seqs: [2] } }]);
    hub.deliver(results(1), { states: [tile("b")], histories: [whole], at });
    const later = sink();
    hub.add({ userId: "u2", role: "VIEWER", checks: new Set(["b"]), sink: later });
    const ran = { ...tile("b"), lastCheckedAt: "2026-12-02T00:01:21.000Z", lastLatencyMs: 20 };
    hub.deliver(results(2), { states: [ran], histories: [moved], at });
    expect(first.frames.map((f) => f.data)).toEqual([
      { states: [{ ...tile("b"), k: 1 }], histories: [{ ...whole, k: 1 }] },
      { states: [], histories: [], t: at, results: [[1, 9_000, 20]], moves: [[1, 0, [0.5], [20]]] },
    ]);
    expect(later.frames.map((f) => f.data)).toEqual([{ states: [{ ...ran, k: 1 }], histories: [{ ...moved, k: 1 }] }]);
  });
});
