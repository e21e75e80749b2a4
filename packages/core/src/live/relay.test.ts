import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSuite, type CheckSuite, insertCheck } from "../check/test-fixtures.ts";
import type { Sink } from "./hub.ts";
import { canCatchUp, liveCursor, pruneLiveEvents, readLiveSince } from "./log.ts";
import { publishLive } from "./publish.ts";
import { LiveRelay } from "./relay.ts";
import { type ParsedSse, parseSse } from "./sse.ts";

type Frame = ParsedSse;

function recorder(): Sink & { frames: Frame[]; next(event: string, timeoutMs?: number): Promise<Frame> } {
  const frames: Frame[] = [];
  let seen = 0;
  return {
    frames,
    write(text) {
      // The relay writes whole events, so nothing is left over between writes.
      frames.push(...parseSse(text).frames);
      return true;
    },
    close() {},
    async next(event, timeoutMs = 5_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const i = frames.findIndex((f, j) => j >= seen && f.event === event);
        if (i >= 0) {
          seen = i + 1;
          return frames[i] as Frame;
        }
        if (Date.now() > until)
          throw new Error(`no ${event} within ${timeoutMs} ms; got ${frames.map((f) => f.event).join(", ")}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

describe("live event log and relay", () => {
  let s: CheckSuite;
  let relay: LiveRelay;
  let checkId: string;
  let seq: number;
  beforeAll(async () => {
    s = await checkSuite();
    ({ id: checkId, seq } = await insertCheck(s.t.db, s.serviceId, "API", { state: "UP", health: "UP" }));
    relay = new LiveRelay({ db: s.t.db, databaseUrl: s.t.url, resultsEveryMs: 300, log: () => {} });
    await relay.start();
  });
  afterAll(async () => {
    await relay.stop();
    await s.t.drop();
  });

  it("keeps ids in commit order when transactions overlap", async () => {
    const from = await liveCursor(s.t.db);
    // The first transaction inserts first but commits last: the second must wait for it.
    let releaseFirst!: () => void;
    const held = new Promise<void>((r) => {
      releaseFirst = r;
    });
    const first = s.t.db.$transaction(async (tx) => {
      await publishLive(tx, "incident.timeline", { n: 1 });
      await held;
    });
    await new Promise((r) => setTimeout(r, 100));
    const second = s.t.db.$transaction(async (tx) => publishLive(tx, "incident.timeline", { n: 2 }));
    await new Promise((r) => setTimeout(r, 200));
    expect(await readLiveSince(s.t.db, from, 10)).toEqual([]);
    releaseFirst();
    await Promise.all([first, second]);
    const events = await readLiveSince(s.t.db, from, 10);
    expect(events.map((e) => e.payload.n)).toEqual([1, 2]);
    expect(events[1]!.id).toBeGreaterThan(events[0]!.id);
  });

  it("pushes a committed state change, with the check's current fields, to a stream", async () => {
    const sink = recorder();
    const client = await relay.join({
      userId: s.viewer.id,
      role: "VIEWER",
      checks: new Set(),
      lastEventId: null,
      sink,
    });
    expect((await sink.next("hello")).data).toMatchObject({ head: relay.head, database: "up" });
    await s.t.db.$transaction(async (tx) => {
      await tx.check.update({
        where: { id: checkId },
        data: { state: "DOWN", health: "DOWN", lastMessage: "HTTP 503" },
      });
      await publishLive(tx, "check.state", { ids: [checkId] });
    });
    const tiles = await sink.next("tiles");
    expect(tiles.data.states).toEqual([
      expect.objectContaining({ id: checkId, state: "DOWN", lastMessage: "HTTP 503" }),
    ]);
    expect(tiles.id).toBe(relay.head);
    relay.leave(client.id);
  });

  it("sends results only to a stream that shows the check, at most once per period", async () => {
    const shows = recorder();
    const hidden = recorder();
    await relay.join({
      userId: s.viewer.id,
      role: "VIEWER",
      checks: new Set([checkId]),
      lastEventId: null,
      sink: shows,
    });
    await relay.join({ userId: s.viewer.id, role: "VIEWER", checks: new Set(), lastEventId: null, sink: hidden });
    for (let i = 0; i < 5; i++) await s.t.db.$transaction((tx) => publishLive(tx, "check.results", { seqs: [seq] }));
    await shows.next("tiles");
    await new Promise((r) => setTimeout(r, 700));
    expect(shows.frames.filter((f) => f.event === "tiles").length).toBeLessThanOrEqual(2);
    expect(hidden.frames.filter((f) => f.event === "tiles")).toEqual([]);
  });

  it("sends a watched check whole once, then each result as a row of its key", async () => {
    const sink = recorder();
    const client = await relay.join({
      userId: s.viewer.id,
      role: "VIEWER",
      checks: new Set([checkId]),
      lastEventId: null,
      sink,
    });
    await sink.next("hello");
    const ran = async (at: Date, latency: number) => {
      await s.t.db.$transaction(async (tx) => {
        await tx.check.update({ where: { id: checkId }, data: { lastCheckedAt: at, lastLatencyMs: latency } });
        await publishLive(tx, "check.results", { seqs: [seq] });
      });
      return sink.next("tiles");
    };
    const first = await ran(new Date(Date.now() - 50), 7);
    expect(first.data).toEqual({
      states: [expect.objectContaining({ id: checkId, name: "API", lastLatencyMs: 7, k: 1 })],
      histories: [],
    });
    const at = new Date(Date.now() - 20);
    const second = await ran(at, 9);
    const t = second.data.t as number;
    expect(second.data).toEqual({ states: [], histories: [], t, results: [[1, t - at.getTime(), 9]] });
    relay.leave(client.id);
  });

  it("catches a reconnecting stream up from the log, and resets one that fell too far behind", async () => {
    const before = relay.head;
    await s.t.db.$transaction((tx) => publishLive(tx, "incident.timeline", { incidentId: "i1", note: "rolled back" }));
    await s.t.db.$transaction((tx) => publishLive(tx, "action.log", { runId: "r1" }, "RESPONDER"));
    const deadline = Date.now() + 5_000;
    while (relay.head === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const late = recorder();
    await relay.join({ userId: s.viewer.id, role: "VIEWER", checks: new Set(), lastEventId: before, sink: late });
    const missed = await late.next("incident.timeline");
    expect(missed.data).toEqual({ incidentId: "i1", note: "rolled back" });
    expect(late.frames.some((f) => f.event === "action.log")).toBe(false);

    expect(await canCatchUp(s.t.db, before)).toBe(true);
    await pruneLiveEvents(s.t.db, 0, new Date(Date.now() + 1_000));
    expect(await canCatchUp(s.t.db, before)).toBe(false);
    const lost = recorder();
    await relay.join({ userId: s.viewer.id, role: "VIEWER", checks: new Set(), lastEventId: before, sink: lost });
    expect((await lost.next("reset")).id).toBe(relay.head);
  });
});
