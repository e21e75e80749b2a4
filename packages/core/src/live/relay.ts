import type { Db, Role } from "@opsdeck/db";
import { listenChannel } from "@opsdeck/db/listen";
import { readTileHistories, readTileStates } from "../check/tile-patches.ts";
import { getWorkerStatus } from "../health/worker-status.ts";
import { emptyFold, type Folded, foldEvents, isEmptyFold } from "./fold.ts";
import { type LiveClient, LiveHub, type Sink } from "./hub.ts";
import { LIVE_CHANNEL, type LiveEvent } from "./kinds.ts";
import { canCatchUp, liveCursor, readLiveSince } from "./log.ts";
import { sseFrame } from "./sse.ts";

export type RelayOptions = {
  db: Db;
  databaseUrl: string;
  /** Results are sent at most this often; state changes and other events go at once. */
  resultsEveryMs?: number;
  pingEveryMs?: number;
  /** How often signed-in users are re-read, so a disabled user's stream ends. */
  rolesEveryMs?: number;
  /** A client further behind than this many events refetches instead of catching up. */
  catchUpLimit?: number;
  log?: (msg: string, err?: unknown) => void;
};

export type JoinRequest = {
  userId: string;
  role: Role;
  checks: ReadonlySet<string>;
  lastEventId: number | null;
  sink: Sink;
};

const PAGE = 1_000;

/**
 * One per web process: ONE listening connection, however many streams are open. A NOTIFY says new
 * events exist; the relay reads them in id order from the log, folds them, reads the rows they name
 * once, and hands the hub what each client may see. Every step runs on one queue, so a joining
 * client's catch-up and the live events never overlap or leave a gap.
 */
export class LiveRelay {
  readonly hub = new LiveHub();
  private cursor = 0;
  private pending: Folded = emptyFold(0);
  private queue: Promise<unknown> = Promise.resolve();
  private listener: { stop(): Promise<void> } | null = null;
  private timers: NodeJS.Timeout[] = [];
  private resultsTimer: NodeJS.Timeout | undefined;
  private lastFlushAt = 0;
  private databaseUp = false;
  private pulling = false;
  private pullAgain = false;
  private readonly o: Required<RelayOptions>;
  private readonly observers = new Set<(events: readonly LiveEvent[]) => void>();

  constructor(opts: RelayOptions) {
    this.o = {
      resultsEveryMs: 1_000,
      pingEveryMs: 15_000,
      rolesEveryMs: 30_000,
      catchUpLimit: 5_000,
      log: (msg, err) => console.warn(`[live] ${msg}`, err ?? ""),
      ...opts,
    };
  }

  get head(): number {
    return this.cursor;
  }

  async start(): Promise<void> {
    this.cursor = await liveCursor(this.o.db);
    this.pending = emptyFold(this.cursor);
    let firstUp!: () => void;
    const listening = new Promise<void>((resolve) => {
      firstUp = resolve;
    });
    this.listener = listenChannel(this.o.databaseUrl, LIVE_CHANNEL, {
      notify: () => this.pull(),
      up: () => {
        firstUp();
        this.databaseUp = true;
        this.pull();
        this.fire(async () => this.hub.broadcast(() => sseFrame("status", { database: "up" })));
      },
      down: (err) => {
        this.databaseUp = false;
        this.o.log("listening connection lost; reopening", err.message);
        this.fire(async () => this.hub.broadcast(() => sseFrame("status", { database: "down" })));
      },
    });
    const every = (ms: number, f: () => Promise<void>) => {
      const t = setInterval(() => this.fire(f), ms);
      t.unref();
      this.timers.push(t);
    };
    every(this.o.pingEveryMs, () => this.ping());
    every(this.o.rolesEveryMs, () => this.refreshRoles());
    // The first streams should not start by hearing "database down" only because LISTEN is a moment away.
    await Promise.race([listening, new Promise((r) => setTimeout(r, 5_000).unref())]);
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    clearTimeout(this.resultsTimer);
    await this.listener?.stop();
    for (const c of [...this.hub.clients.values()]) this.hub.remove(c.id);
  }

  /** Add a stream: it hears "hello", then whatever it missed since `lastEventId`, then live events. */
  join(req: JoinRequest): Promise<LiveClient> {
    return this.serial(async () => {
      const { lastEventId, ...rest } = req;
      const hello = { head: this.cursor, database: this.databaseUp ? "up" : "down" };
      if (!req.sink.write(sseFrame("hello", hello, lastEventId === null ? this.cursor : undefined)))
        throw new Error("stream closed");
      const client = this.hub.add(rest);
      if (lastEventId !== null && lastEventId !== this.cursor) await this.catchUp(client, lastEventId);
      return client;
    });
  }

  /** Hear every event this process reads, in id order (caches that drop what a change makes stale). */
  observe(f: (events: readonly LiveEvent[]) => void): () => void {
    this.observers.add(f);
    return () => this.observers.delete(f);
  }

  leave(id: number): void {
    this.hub.clients.delete(id);
  }

  private async catchUp(client: LiveClient, from: number): Promise<void> {
    if (from > this.cursor) return; // another process got further; what follows here is idempotent
    const missed = (await canCatchUp(this.o.db, from))
      ? await readLiveSince(this.o.db, from, this.o.catchUpLimit + 1)
      : null;
    const upTo = missed?.filter((e) => e.id <= this.cursor);
    if (!upTo || upTo.length > this.o.catchUpLimit) {
      if (!client.sink.write(sseFrame("reset", { reason: "too far behind" }, this.cursor))) this.hub.remove(client.id);
      return;
    }
    const f = foldEvents(emptyFold(from), upTo);
    f.lastId = this.cursor;
    await this.send(f, client);
  }

  /** Queue work nobody awaits: a failure is logged, never an unhandled rejection that ends the process. */
  private fire(f: () => Promise<unknown>): void {
    this.serial(f).catch((err) => this.o.log("live relay step failed", err));
  }

  private serial<T>(f: () => Promise<T>): Promise<T> {
    const run = this.queue.then(f);
    this.queue = run.catch(() => {});
    return run;
  }

  /** Read what was committed since the cursor; flush at once unless it is only results. */
  private pull(): void {
    if (this.pulling) {
      this.pullAgain = true;
      return;
    }
    this.pulling = true;
    this.fire(async () => {
      try {
        do {
          this.pullAgain = false;
          for (;;) {
            const events = await readLiveSince(this.o.db, this.cursor, PAGE);
            if (events.length === 0) break;
            for (const f of this.observers) {
              try {
                f(events);
              } catch (err) {
                this.o.log("an event observer failed", err);
              }
            }
            foldEvents(this.pending, events);
            this.cursor = this.pending.lastId;
            if (events.length < PAGE) break;
          }
        } while (this.pullAgain);
      } catch (err) {
        this.o.log("reading events failed; retrying", err);
        setTimeout(() => this.pull(), 1_000).unref();
      } finally {
        this.pulling = false;
      }
      await this.flushSoon();
    });
  }

  private async flushSoon(): Promise<void> {
    const p = this.pending;
    if (isEmptyFold(p)) return;
    const onlyResults = p.stateIds.size === 0 && !p.history && !p.refetchChecks && p.other.length === 0;
    const wait = this.lastFlushAt + this.o.resultsEveryMs - Date.now();
    if (onlyResults && wait > 0) {
      this.resultsTimer ??= setTimeout(() => {
        this.resultsTimer = undefined;
        this.fire(() => this.flushSoon());
      }, wait);
      return;
    }
    clearTimeout(this.resultsTimer);
    this.resultsTimer = undefined;
    this.pending = emptyFold(this.cursor);
    this.lastFlushAt = Date.now();
    try {
      await this.send(p);
    } catch (err) {
      // Keep what could not be sent: the next pull or flush tries again.
      this.o.log("reading changed checks failed; retrying", err);
      this.pending = p;
      setTimeout(() => this.fire(() => this.flushSoon()), 1_000).unref();
    }
  }

  private async send(f: Folded, only?: LiveClient): Promise<void> {
    const need = this.hub.needs(f, only ? [only] : undefined);
    const now = new Date();
    const states = await readTileStates(this.o.db, { ids: need.stateIds, seqs: need.resultSeqs }, now);
    // Tile history moved for every check (a full refresh) or for those with results: send it where the tile is on screen.
    const historyIds = f.history ? [...need.watched] : states.map((s) => s.id).filter((id) => need.watched.has(id));
    const histories = await readTileHistories(this.o.db, historyIds, now);
    // Each stream is sent what changed from what it was sent before (`tile-codec.ts`).
    this.hub.deliver(f, { states, histories, at: now.getTime() }, only);
  }

  private async ping(): Promise<void> {
    if (this.hub.clients.size === 0) return;
    const worker = this.databaseUp ? await getWorkerStatus({ db: this.o.db }).catch(() => null) : null;
    const at = new Date().toISOString();
    // The id says "everything up to here has been sent", so a quiet client resumes from now, not from long ago.
    this.hub.broadcast(() =>
      sseFrame(
        "ping",
        { at, database: this.databaseUp ? "up" : "down", worker },
        this.isIdle() ? this.cursor : undefined,
      ),
    );
  }

  private isIdle(): boolean {
    return isEmptyFold(this.pending) && this.databaseUp;
  }

  private async refreshRoles(): Promise<void> {
    const ids = [...new Set([...this.hub.clients.values()].map((c) => c.userId))];
    if (ids.length === 0 || !this.databaseUp) return;
    const users = await this.o.db.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, role: true, disabledAt: true },
    });
    const byId = new Map(users.map((u) => [u.id, u]));
    for (const id of ids) {
      const u = byId.get(id);
      this.hub.setRole(id, u && !u.disabledAt ? u.role : null);
    }
  }
}
