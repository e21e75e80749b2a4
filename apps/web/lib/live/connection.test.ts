import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LiveConnection } from "./connection.ts";

/** An EventSource stand-in: the test plays the server. */
class FakeSource {
  static opened: FakeSource[] = [];
  readyState = 0;
  onerror: ((e: Event) => void) | null = null;
  closed = false;
  private readonly handlers = new Map<string, ((e: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {
    FakeSource.opened.push(this);
  }
  addEventListener(type: string, f: (e: MessageEvent<string>) => void) {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), f]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  emit(event: string, data: unknown, id?: number) {
    this.readyState = 1;
    const e = { data: JSON.stringify(data), lastEventId: id === undefined ? "" : String(id) } as MessageEvent<string>;
    for (const f of this.handlers.get(event) ?? []) f(e);
  }
  fail(closed = false) {
    this.readyState = closed ? 2 : 0;
    this.onerror?.({} as Event);
  }
}

const last = () => FakeSource.opened.at(-1) as FakeSource;

describe("LiveConnection", () => {
  let conn: LiveConnection;
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSource.opened = [];
    conn = new LiveConnection(
      "/api/v1/events",
      (u) => new FakeSource(u),
      () => Date.now(),
    );
  });
  afterEach(() => {
    conn.stop();
    vi.useRealTimers();
  });

  it("opens from the id the page's data was read at, and is live once the server says hello", async () => {
    conn.start(41);
    conn.start(40); // a second page, read a moment earlier: the stream starts from the older one
    await vi.advanceTimersByTimeAsync(1);
    expect(last().url).toBe("/api/v1/events?lastEventId=40");
    expect(conn.mode).toBe("connecting");
    last().emit("hello", { head: 45, database: "up" });
    expect(conn.mode).toBe("live");
  });

  it("hands frames to subscribers with the last id seen", async () => {
    const seen: [string, number | null][] = [];
    conn.subscribe((f) => seen.push([f.event, f.id]));
    conn.start(null);
    await vi.advanceTimersByTimeAsync(1);
    last().emit("hello", { head: 7, database: "up" }, 7);
    last().emit("tiles", { states: [], histories: [] }, 9);
    expect(seen).toEqual([
      ["hello", 7],
      ["tiles", 9],
    ]);
    expect(conn.lastId).toBe(9);
  });

  it("turns a stream's keyed rows back into tiles, and reads again when a new stream names an old key", async () => {
    const frames: Record<string, unknown>[] = [];
    conn.subscribe((f) => frames.push({ event: f.event, ...f.data }));
    conn.start(null);
    await vi.advanceTimersByTimeAsync(1);
    const a = {
      id: "a",
      name: "Health",
      serviceId: "s1",
      state: "DOWN",
      stateSince: "2026-12-02T10:00:00.000Z",
      lastCheckedAt: "2026-12-02T10:00:00.000Z",
      stale: false,
      lastLatencyMs: 3,
      lastMessage: "HTTP 500",
    };
    const t = Date.parse("2026-12-02T10:00:30.000Z");
    last().emit("hello", { head: 1, database: "up" }, 1);
    last().emit("tiles", { states: [{ ...a, k: 1 }], histories: [] }, 2);
    last().emit("tiles", { states: [], histories: [], t, results: [[1, 10_000, 4]] }, 3);
    expect(frames.slice(1)).toEqual([
      { event: "tiles", states: [a], histories: [] },
      {
        event: "tiles",
        states: [{ ...a, lastCheckedAt: "2026-12-02T10:00:20.000Z", lastLatencyMs: 4 }],
        histories: [],
      },
    ]);
    // The browser reconnected by itself: the new stream's keys are its own.
    last().emit("hello", { head: 3, database: "up" }, 3);
    last().emit("tiles", { states: [], histories: [], t, moves: [[1, 0, [0.5], []]] }, 4);
    expect(frames.slice(4)).toEqual([
      { event: "tiles", states: [], histories: [] },
      { event: "refetch", what: "checks" },
    ]);
  });

  it("says reconnecting while the server has no database, and live again when it is back", async () => {
    conn.start(null);
    await vi.advanceTimersByTimeAsync(1);
    last().emit("hello", { head: 1, database: "up" });
    last().emit("status", { database: "down" });
    expect(conn.mode).toBe("reconnecting");
    last().emit("status", { database: "up" });
    expect(conn.mode).toBe("live");
  });

  it("falls back to polling when no event arrives (a proxy that holds the stream back)", async () => {
    conn.start(null);
    await vi.advanceTimersByTimeAsync(8_001);
    expect(conn.mode).toBe("polling");
    last().emit("hello", { head: 1, database: "up" });
    expect(conn.mode).toBe("live");
  });

  it("reopens a stream that went silent (a laptop waking up) from the last id it saw", async () => {
    conn.start(null);
    await vi.advanceTimersByTimeAsync(1);
    const first = last();
    first.emit("hello", { head: 12, database: "up" }, 12);
    await vi.advanceTimersByTimeAsync(45_000);
    expect(first.closed).toBe(true);
    expect(last()).not.toBe(first);
    expect(last().url).toBe("/api/v1/events?lastEventId=12");
    expect(conn.mode).toBe("reconnecting");
  });

  it("reopens after an HTTP error, and polls after repeated failures", async () => {
    conn.start(null);
    await vi.advanceTimersByTimeAsync(1);
    last().fail(true);
    await vi.advanceTimersByTimeAsync(2_001);
    expect(FakeSource.opened).toHaveLength(2);
    last().fail(true);
    last().fail(true);
    expect(conn.mode).toBe("polling");
  });

  it("asks for the checks on screen, reopening only when the set changes", async () => {
    conn.start(null);
    await vi.advanceTimersByTimeAsync(1);
    last().emit("hello", { head: 3, database: "up" }, 3);
    const offA = conn.watch(["b", "a"]);
    const offA2 = conn.watch(["a"]);
    await vi.advanceTimersByTimeAsync(500);
    expect(last().url).toBe("/api/v1/events?checks=a%2Cb&lastEventId=3");
    const opened = FakeSource.opened.length;
    offA2();
    await vi.advanceTimersByTimeAsync(500);
    expect(FakeSource.opened).toHaveLength(opened); // "a" is still watched once
    offA();
    await vi.advanceTimersByTimeAsync(500);
    expect(last().url).toBe("/api/v1/events?lastEventId=3");
  });
});
