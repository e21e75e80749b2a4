import type pg from "pg";
import { log } from "../log.ts";
import { type Batch, type EventRow, type ResultRow, type StateRow, writeBatch } from "./write-batch.ts";

/** How soon a buffered state change is written. */
const STATE_CHANGE_FLUSH_MS = 20;

export type WriterOptions = { flushMs?: number; batchSize?: number; maxBuffered?: number; maxBackoffMs?: number };

/** Told about state changes once they are committed (automatic incidents); a rejection is retried later. */
export type OnCommitted = (events: EventRow[]) => Promise<unknown>;

/** Committed state changes kept for a failing `onCommitted`, beyond which the oldest are dropped. */
const MAX_COMMITTED = 10_000;

/**
 * Buffers results, check states and events and writes them in batches every `flushMs` (sooner when
 * `batchSize` results wait, at once after a state change). While the database is down it retries with backoff and keeps at most
 * `maxBuffered` results, dropping the oldest; the latest state per check is always kept.
 */
export class ResultWriter {
  private results: ResultRow[] = [];
  private states = new Map<number, StateRow>();
  private events: EventRow[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private backoffMs = 0;
  private committed: EventRow[] = [];
  private handing: Promise<void> | undefined;
  private readonly opts: Required<WriterOptions>;
  readonly stats = { written: 0, dropped: 0, failedFlushes: 0, failedHandOvers: 0 };

  constructor(
    private readonly pool: pg.Pool,
    options: WriterOptions = {},
    private readonly onCommitted?: OnCommitted,
  ) {
    this.opts = { flushMs: 1_000, batchSize: 2_000, maxBuffered: 100_000, maxBackoffMs: 15_000, ...options };
  }

  start(): void {
    this.schedule(this.opts.flushMs);
  }

  /** `state` is null for a check we no longer own: its result is still kept. `result` is null for UNKNOWN. */
  add(result: ResultRow | null, state: StateRow | null, event: EventRow | null): void {
    if (result) this.results.push(result);
    const excess = this.results.length - this.opts.maxBuffered;
    if (excess > 0) {
      this.results.splice(0, excess);
      this.stats.dropped += excess;
    }
    if (state) this.states.set(state.checkSeq, state);
    if (event) this.events.push(event);
    if (this.results.length >= this.opts.batchSize && !this.flushing && this.backoffMs === 0) this.schedule(0);
    // A state change is what live pages wait for: write it now rather than at the next tick.
    else if (event && !this.flushing && this.backoffMs === 0 && this.timer) this.schedule(STATE_CHANGE_FLUSH_MS);
  }

  get buffered(): number {
    return this.results.length;
  }

  /** Write everything buffered; with `attempts`, give up after that many failures (shutdown). */
  async flush(attempts = 1): Promise<boolean> {
    this.handOver();
    for (let i = 0; i < attempts; i++) {
      while (this.flushing) await this.flushing;
      this.flushing = this.flushOnce();
      await this.flushing;
      this.flushing = undefined;
      if (this.backoffMs === 0 && this.results.length === 0 && this.states.size === 0) return true;
      if (i + 1 < attempts) await new Promise((r) => setTimeout(r, Math.min(this.backoffMs, 2_000)));
    }
    return false;
  }

  async stop(attempts = 5): Promise<boolean> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const flushed = await this.flush(attempts);
    await this.settle();
    return flushed;
  }

  /** Wait for the hand-over of committed state changes in progress, then try once more with what is left. */
  async settle(): Promise<void> {
    await this.handing;
    this.handOver();
    await this.handing;
  }

  /**
   * Hand committed state changes over one at a time, in order, off the write path: a slow or failing
   * receiver never holds up result writes, and one that fails keeps the rest for the next flush.
   */
  private handOver(): void {
    const receive = this.onCommitted;
    if (!receive || this.handing || this.committed.length === 0) return;
    this.handing = (async () => {
      while (this.committed.length) {
        const event = this.committed[0] as EventRow;
        try {
          await receive([event]);
        } catch (err) {
          this.stats.failedHandOvers++;
          log("warn", "acting on a committed state change failed; retrying", {
            err: String(err),
            checkId: event.checkId,
            waiting: this.committed.length,
          });
          return;
        }
        if (this.committed[0] === event) this.committed.shift();
      }
    })().finally(() => {
      this.handing = undefined;
    });
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(async () => {
      await this.flush();
      if (this.timer) this.schedule(this.backoffMs || this.opts.flushMs);
    }, delayMs);
  }

  private async flushOnce(): Promise<void> {
    while (this.results.length || this.states.size || this.events.length) {
      const batch: Batch = {
        results: this.results.splice(0, this.opts.batchSize),
        states: [...this.states.values()],
        events: this.events.splice(0),
      };
      this.states.clear();
      try {
        await writeBatch(this.pool, batch);
        this.stats.written += batch.results.length;
        if (this.onCommitted && batch.events.length) this.keepCommitted(batch.events);
        if (this.backoffMs) log("info", "result writes restored", { buffered: this.results.length });
        this.backoffMs = 0;
      } catch (err) {
        this.requeue(batch);
        this.stats.failedFlushes++;
        this.backoffMs = Math.min(this.opts.maxBackoffMs, Math.max(250, this.backoffMs * 2));
        log("warn", "writing check results failed; retrying", {
          err: String(err),
          retryInMs: this.backoffMs,
          buffered: this.results.length,
        });
        return;
      }
    }
  }

  private keepCommitted(events: EventRow[]): void {
    this.committed.push(...events);
    const excess = this.committed.length - MAX_COMMITTED;
    if (excess > 0) this.committed.splice(0, excess);
    this.handOver();
  }

  private requeue(batch: Batch): void {
    this.results = [...batch.results, ...this.results];
    for (const s of batch.states) if (!this.states.has(s.checkSeq)) this.states.set(s.checkSeq, s);
    this.events = [...batch.events, ...this.events];
    const excess = this.results.length - this.opts.maxBuffered;
    if (excess > 0) {
      this.results.splice(0, excess);
      this.stats.dropped += excess;
    }
  }
}
