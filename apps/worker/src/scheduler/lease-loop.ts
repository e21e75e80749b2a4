import { planLeases } from "@opsdeck/core/check/shards";
import type pg from "pg";
import { log } from "../log.ts";
import { acquireLeases, leaseSnapshot, releaseLeases, renewLeases } from "./leases.ts";

export type LeaseOptions = { me: string; ttlMs: number; renewMs: number; liveWithinMs: number };
export type LeaseListener = { onGained(shards: number[]): void; onLost(shards: number[]): void };

/**
 * Holds this worker's shard leases. Local expiry is measured on the monotonic clock from before each
 * statement is sent, so it passes before the database's expiry does: we stop running a shard's checks
 * before anyone else may start them.
 */
export class LeaseLoop {
  private readonly expiry = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private running = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly opts: LeaseOptions,
    private readonly listener: LeaseListener,
  ) {}

  holds(shard: number): boolean {
    return (this.expiry.get(shard) ?? 0) > performance.now();
  }

  owned(): number[] {
    return [...this.expiry.keys()].filter((s) => this.holds(s)).sort((a, b) => a - b);
  }

  start(): Promise<void> {
    this.running = true;
    const loop = async () => {
      this.ticking = this.tick().catch((err) => log("warn", "shard lease update failed", { err: String(err) }));
      await this.ticking;
      this.expireLocally();
      if (this.running) this.timer = setTimeout(loop, this.opts.renewMs);
    };
    return loop();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.ticking;
    const mine = [...this.expiry.keys()];
    this.drop(mine);
    await releaseLeases(this.pool, this.opts.me, mine).catch(() => {});
  }

  private async tick(): Promise<void> {
    const { me, ttlMs } = this.opts;
    const sentAt = performance.now();
    const renewed = new Set(await renewLeases(this.pool, me, [...this.expiry.keys()], ttlMs));
    this.drop([...this.expiry.keys()].filter((s) => !renewed.has(s)));
    for (const s of renewed) this.expiry.set(s, sentAt + ttlMs);

    const snapshot = await leaseSnapshot(this.pool, this.opts.liveWithinMs);
    const plan = planLeases({ me, leases: snapshot.leases, liveWorkers: Math.max(1, snapshot.liveWorkers) });
    if (plan.release.length > 0) {
      this.drop(plan.release);
      await releaseLeases(this.pool, me, plan.release);
    }
    // Ours in the database but not held here: a worker restarted under the same id (after a crash), or
    // renewals that failed for a while. Taking them back at once beats waiting for them to expire.
    const adopt = snapshot.leases
      .filter((l) => l.ownerId === me && !l.expired && !this.expiry.has(l.shard) && !plan.release.includes(l.shard))
      .map((l) => l.shard);
    const acquireAt = performance.now();
    const acquired = await acquireLeases(this.pool, me, [...plan.acquire, ...adopt], ttlMs);
    const gained = acquired.filter((s) => !this.expiry.has(s));
    for (const s of acquired) this.expiry.set(s, acquireAt + ttlMs);
    if (gained.length > 0) this.listener.onGained(gained);
    if (gained.length > 0 || plan.release.length > 0) {
      log("info", "shard leases changed", {
        gained: gained.length,
        released: plan.release.length,
        owned: this.expiry.size,
        target: plan.target,
      });
    }
  }

  /** Leases whose local expiry passed (renewals failing): stop their checks now. */
  private expireLocally(): void {
    this.drop([...this.expiry.keys()].filter((s) => !this.holds(s)));
  }

  private drop(shards: number[]): void {
    const lost = shards.filter((s) => this.expiry.delete(s));
    if (lost.length > 0) this.listener.onLost(lost);
  }
}
