import { LIVE_KINDS } from "@opsdeck/core/live/kinds";
import { decodeTiles, type TileDecoder, type TilesWire } from "@opsdeck/core/live/tile-codec";

/**
 * live: the stream is open and the server hears its database; reconnecting: either is not, so what is
 * on screen may be old; polling: no stream could be held (a buffering proxy), pages poll every 10 s.
 */
export type LiveMode = "connecting" | "live" | "reconnecting" | "polling";
export type LiveFrame = { event: string; id: number | null; data: Record<string, unknown> };

const EVENTS = ["hello", "tiles", "refetch", "reset", "status", "ping", ...LIVE_KINDS];
/** Without a first event this long after opening, the stream is taken to be held back: poll meanwhile. */
const HELLO_WITHIN_MS = 8_000;
/** The server pings every 15 s: silence this long means a dead connection (a laptop that slept). */
const SILENT_AFTER_MS = 40_000;
/** Errors in a row, without an event in between, before falling back to polling. */
const FAILURES_BEFORE_POLLING = 3;
const MAX_WATCHED = 500;

/** What the connection uses of an EventSource (a test passes its own). */
type Source = {
  addEventListener(type: string, listener: (e: MessageEvent<string>) => void): void;
  close(): void;
  readonly readyState: number;
  onerror: ((e: Event) => void) | null;
};

/**
 * The browser's one event stream, shared by every page: it reconnects with the last event id it saw
 * (the server catches it up), reopens when the checks on screen change, and says which mode it is in.
 */
export class LiveConnection {
  mode: LiveMode = "connecting";
  lastId: number | null = null;
  lastHeardAt = 0;
  private source: Source | null = null;
  private readonly listeners = new Set<(f: LiveFrame) => void>();
  private readonly modeListeners = new Set<() => void>();
  private readonly watched = new Map<string, number>();
  private openedWith = "";
  private failures = 0;
  private helloTimer: ReturnType<typeof setTimeout> | undefined;
  private rewatchTimer: ReturnType<typeof setTimeout> | undefined;
  private reopenTimer: ReturnType<typeof setTimeout> | undefined;
  private watchdog: ReturnType<typeof setInterval> | undefined;
  private started = false;
  /** The current stream's keys for the checks it sent whole (a new stream starts with none). */
  private tiles: TileDecoder = new Map();

  constructor(
    private readonly url = "/api/v1/events",
    private readonly open: (url: string) => Source = (u) => new EventSource(u),
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Start once: `from` is the event id a page's data was read at, so nothing after it is missed. The
   * stream opens after the current task, so every page mounting now can say where its data stands.
   */
  start(from: number | null): void {
    if (from !== null && !this.source) this.lastId = this.lastId === null ? from : Math.min(this.lastId, from);
    if (this.started) return;
    this.started = true;
    setTimeout(() => this.connect(), 0);
    this.watchdog = setInterval(() => {
      if (this.mode === "live" && this.now() - this.lastHeardAt > SILENT_AFTER_MS) this.reconnect();
    }, 5_000);
    globalThis.addEventListener?.("online", this.onOnline);
  }

  stop(): void {
    this.started = false;
    this.source?.close();
    this.source = null;
    clearTimeout(this.helloTimer);
    clearTimeout(this.rewatchTimer);
    clearTimeout(this.reopenTimer);
    clearInterval(this.watchdog);
    globalThis.removeEventListener?.("online", this.onOnline);
  }

  subscribe(f: (frame: LiveFrame) => void): () => void {
    this.listeners.add(f);
    return () => this.listeners.delete(f);
  }

  onMode(f: () => void): () => void {
    this.modeListeners.add(f);
    return () => this.modeListeners.delete(f);
  }

  /** Ask for the results and history of checks on screen; state changes of every check come anyway. */
  watch(ids: readonly string[]): () => void {
    for (const id of ids) this.watched.set(id, (this.watched.get(id) ?? 0) + 1);
    this.rewatch();
    return () => {
      for (const id of ids) {
        const n = (this.watched.get(id) ?? 1) - 1;
        if (n <= 0) this.watched.delete(id);
        else this.watched.set(id, n);
      }
      this.rewatch();
    };
  }

  private readonly onOnline = () => {
    if (this.mode !== "live") this.reconnect();
  };

  private watchKey(): string {
    return [...this.watched.keys()].sort().slice(0, MAX_WATCHED).join(",");
  }

  private rewatch(): void {
    clearTimeout(this.rewatchTimer);
    this.rewatchTimer = setTimeout(() => {
      if (this.started && this.watchKey() !== this.openedWith) this.reconnect(false);
    }, 400);
  }

  private setMode(mode: LiveMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    for (const f of this.modeListeners) f();
  }

  private reconnect(announce = true): void {
    this.source?.close();
    this.source = null;
    if (announce && this.mode === "live") this.setMode("reconnecting");
    this.connect();
  }

  private connect(): void {
    if (!this.started) return;
    clearTimeout(this.reopenTimer);
    const params = new URLSearchParams();
    this.openedWith = this.watchKey();
    if (this.openedWith) params.set("checks", this.openedWith);
    if (this.lastId !== null) params.set("lastEventId", String(this.lastId));
    const source = this.open(`${this.url}${params.size ? `?${params}` : ""}`);
    this.source = source;
    for (const event of EVENTS)
      source.addEventListener(event, (e) => {
        if (this.source === source) this.onFrame(event, e);
      });
    source.onerror = () => {
      if (this.source !== source) return;
      this.failures++;
      if (this.failures >= FAILURES_BEFORE_POLLING) this.setMode("polling");
      else if (this.mode === "live") this.setMode("reconnecting");
      // EventSource retries by itself after a dropped stream, but gives up after an HTTP error.
      if (source.readyState === 2)
        this.reopenTimer = setTimeout(() => this.reconnect(false), Math.min(2_000 * this.failures, 30_000));
    };
    clearTimeout(this.helloTimer);
    this.helloTimer = setTimeout(() => {
      if (this.source === source && this.lastHeardAt < this.now() - HELLO_WITHIN_MS) this.setMode("polling");
    }, HELLO_WITHIN_MS);
  }

  private onFrame(event: string, e: MessageEvent<string>): void {
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(e.data) as Record<string, unknown>;
    } catch {
      return;
    }
    this.lastHeardAt = this.now();
    this.failures = 0;
    if (e.lastEventId && /^\d+$/.test(e.lastEventId)) this.lastId = Number(e.lastEventId);
    if (event === "hello" || event === "status" || event === "ping")
      this.setMode(data.database === "up" ? "live" : "reconnecting");
    // "hello" opens every stream, including the browser's own reconnects: keys start over with it.
    if (event === "hello") this.tiles = new Map();
    if (event === "tiles") {
      const { unknown, ...tiles } = decodeTiles(this.tiles, data as TilesWire);
      this.emit({ event, id: this.lastId, data: tiles });
      if (unknown > 0) this.emit({ event: "refetch", id: this.lastId, data: { what: "checks" } });
      return;
    }
    this.emit({ event, id: this.lastId, data });
  }

  private emit(frame: LiveFrame): void {
    for (const f of this.listeners) f(frame);
  }
}
