import { nextSlot } from "@opsdeck/core/check/slots";
import { recordTlsExpiry } from "@opsdeck/core/check/tls-expiry";
import type { Db } from "@opsdeck/db";
import type { ProbeResult } from "@opsdeck/probes";
import pg from "pg";
import { log } from "../log.ts";
import { applyResult, resultRow } from "./apply-result.ts";
import { type CacheDiff, type CachedCheck, CheckCache } from "./check-cache.ts";
import { LeaseLoop } from "./lease-loop.ts";
import { probeCheck, Runner } from "./runner.ts";
import { SecretCache } from "./secrets.ts";
import { LagSamples, LagWindow, lagPercentile, SlotTimers } from "./timers.ts";
import { type OnCommitted, ResultWriter, type WriterOptions } from "./writer.ts";

export type SchedulerOptions = {
  db: Db;
  databaseUrl: string;
  workerId: string;
  /** Workers whose heartbeat is older than this do not count towards the fair share. */
  liveWithinMs: number;
  leaseTtlMs?: number;
  leaseRenewMs?: number;
  pollMs?: number;
  concurrency?: number;
  /** Floor for check intervals (production: 10 s); tests lower it. */
  minIntervalMs?: number;
  writer?: WriterOptions;
  /** Told about each state change once it is committed (main.ts opens automatic incidents). */
  onStateChanges?: OnCommitted;
  /** OPSDECK_SECRET_KEY, for checks that name a secret; without it they report MISSING_SECRET. */
  secretKey?: Buffer;
};

/** Runs the checks of the shards this worker leases, each at its deterministic slots. */
export class Scheduler {
  readonly pool: pg.Pool;
  readonly cache: CheckCache;
  readonly leases: LeaseLoop;
  readonly writer: ResultWriter;
  readonly lag = new LagSamples();
  readonly counts = { executed: 0, missedSlots: 0, skippedOverlaps: 0, runNow: 0 };
  private readonly windowLag = new LagWindow();
  private windowStart = { at: Date.now(), ...this.counts };
  private readonly timers = new SlotTimers();
  private readonly runner: Runner;
  private readonly secrets: SecretCache;
  private readonly minIntervalMs: number;
  private pollTimer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> = Promise.resolve();
  private stopping = false;

  constructor(private readonly opts: SchedulerOptions) {
    this.pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 4, options: "-c TimeZone=UTC" });
    this.pool.on("error", (err) => log("warn", "scheduler database connection lost", { err: String(err) }));
    this.cache = new CheckCache(opts.db);
    this.writer = new ResultWriter(this.pool, opts.writer, opts.onStateChanges);
    this.runner = new Runner(opts.concurrency ?? 200);
    this.secrets = new SecretCache(opts.db, opts.secretKey);
    this.minIntervalMs = opts.minIntervalMs ?? 10_000;
    this.leases = new LeaseLoop(
      this.pool,
      {
        me: opts.workerId,
        ttlMs: opts.leaseTtlMs ?? 20_000,
        renewMs: opts.leaseRenewMs ?? 5_000,
        liveWithinMs: opts.liveWithinMs,
      },
      { onGained: () => void this.refresh(), onLost: (shards) => this.forget(this.cache.dropShards(shards)) },
    );
  }

  async start(): Promise<void> {
    this.writer.start();
    await this.leases.start();
    await this.refresh();
    const poll = () => {
      this.pollTimer = setTimeout(async () => {
        await this.refresh();
        if (!this.stopping) poll();
      }, this.opts.pollMs ?? 3_000);
    };
    poll();
  }

  /** Stop starting runs, let running probes finish (up to `graceMs`), flush results, release leases. */
  async stop(graceMs = 5_000): Promise<void> {
    this.stopping = true;
    clearTimeout(this.pollTimer);
    this.timers.clearAll();
    await this.refreshing;
    await this.runner.stop(graceMs);
    const flushed = await this.writer.stop();
    if (!flushed) log("warn", "check results lost at shutdown", { buffered: this.writer.buffered });
    await this.leases.stop();
    await this.pool.end();
  }

  stats() {
    return {
      ...this.counts,
      lagP50: this.lag.percentile(0.5),
      lagP99: this.lag.percentile(0.99),
      lagSamples: this.lag.count,
      shards: this.leases.owned(),
      checks: this.cache.checks.size,
      running: this.runner.running,
      queued: this.runner.queued,
      buffered: this.writer.buffered,
      ...this.writer.stats,
    };
  }

  /**
   * Figures since the previous call (main.ts logs one per stats line), so that a span of lines can
   * be added up exactly: counts are deltas, `lagHist` counts lag samples per millisecond.
   */
  takeWindow(now = Date.now()) {
    const start = this.windowStart;
    this.windowStart = { at: now, ...this.counts };
    const lagHist = this.windowLag.take();
    return {
      ms: now - start.at,
      executed: this.counts.executed - start.executed,
      missedSlots: this.counts.missedSlots - start.missedSlots,
      skippedOverlaps: this.counts.skippedOverlaps - start.skippedOverlaps,
      lagP50: lagPercentile(lagHist, 0.5),
      lagP99: lagPercentile(lagHist, 0.99),
      lagMax: lagPercentile(lagHist, 1),
      lagHist,
    };
  }

  private refresh(): Promise<void> {
    this.refreshing = this.refreshing.then(async () => {
      if (this.stopping) return;
      try {
        this.apply(await this.cache.refresh(this.leases.owned()));
      } catch (err) {
        log("warn", "loading checks failed; retrying", { err: String(err) });
      }
    });
    return this.refreshing;
  }

  private apply(diff: CacheDiff): void {
    if (this.stopping) return;
    this.forget(diff.removed);
    for (const c of diff.upserted) this.schedule(c.id, nextSlot(c.seq, this.intervalMs(c), Date.now()));
    for (const c of diff.runNow) {
      this.counts.runNow++;
      this.run(c, Date.now());
    }
  }

  private forget(checks: CachedCheck[]): void {
    for (const c of checks) this.timers.clear(c.id);
  }

  private intervalMs(c: CachedCheck): number {
    return Math.max(c.intervalSeconds * 1000, this.minIntervalMs);
  }

  private schedule(id: string, slotMs: number): void {
    this.timers.set(id, slotMs, (slot, lagMs) => this.fire(id, slot, lagMs));
  }

  private fire(id: string, slotMs: number, lagMs: number): void {
    const c = this.cache.checks.get(id);
    if (!c || this.stopping) return;
    const interval = this.intervalMs(c);
    let next = nextSlot(c.seq, interval, slotMs);
    for (const now = Date.now(); next <= now; next += interval) this.counts.missedSlots++;
    this.schedule(id, next);
    // The lease may have passed its local expiry since the timer was set: never run then.
    if (!this.leases.holds(c.shard)) return;
    this.lag.add(lagMs);
    this.windowLag.add(lagMs);
    this.run(c, slotMs);
  }

  private run(c: CachedCheck, atMs: number): void {
    const started = this.runner.submit(c.id, async (signal) =>
      this.record(c, atMs, await probeCheck(c, signal, this.secrets)),
    );
    if (started) this.counts.executed++;
    else this.counts.skippedOverlaps++;
  }

  private record(c: CachedCheck, atMs: number, r: ProbeResult): void {
    const days = r.details?.daysRemaining;
    if (c.kind === "TLS" && typeof days === "number")
      void recordTlsExpiry(this.opts.db, { checkId: c.id, at: new Date(atMs), daysRemaining: days }).catch((err) =>
        log("warn", "TLS expiry not recorded", { checkId: c.id, err: String(err) }),
      );
    const cur = this.cache.checks.get(c.id);
    if (!cur) {
      this.writer.add(resultRow(c.seq, atMs, r), null, null);
      return;
    }
    const { result, state, event } = applyResult(cur, atMs, r, this.cache.inMaintenance(cur, atMs));
    this.writer.add(result, state, event);
  }
}
