import type { CheckKind, CheckState, Db } from "@opsdeck/db";
import type { CheckConfigInput } from "@opsdeck/probes";

/** What the scheduler needs of a check: its settings plus the live state it computes. */
export type CachedCheck = {
  id: string;
  seq: number;
  shard: number;
  name: string;
  serviceId: string;
  kind: CheckKind;
  config: CheckConfigInput;
  intervalSeconds: number;
  timeoutMs: number;
  downAfter: number;
  createdAt: Date;
  lastPingAt: Date | null;
  updatedAt: Date;
  state: CheckState;
  health: CheckState;
  stateSinceMs: number;
  consecutiveFailures: number;
  /** The last run-now request served; a newer runRequestedAt asks for another run. */
  servedRunRequestMs: number;
};

export type CacheDiff = { upserted: CachedCheck[]; removed: CachedCheck[]; runNow: CachedCheck[] };

// Only what a CachedCheck keeps: a worker holds thousands of them (no lastMessage, tokens or the like).
const CACHED_COLUMNS = {
  id: true,
  seq: true,
  shard: true,
  name: true,
  serviceId: true,
  kind: true,
  config: true,
  intervalSeconds: true,
  timeoutMs: true,
  downAfter: true,
  createdAt: true,
  lastPingAt: true,
  updatedAt: true,
  state: true,
  health: true,
  stateSince: true,
  consecutiveFailures: true,
  lastCheckedAt: true,
} as const;

type Window = { checkId: string | null; serviceId: string | null; startsAt: Date; endsAt: Date };

/** Unpaused checks of the owned shards, re-read when updatedAt, lastPingAt or runRequestedAt move. */
export class CheckCache {
  readonly checks = new Map<string, CachedCheck>();
  /** Full reads of the stamps; polls that find the fingerprint unchanged skip them. */
  fullReads = 0;
  private windows: Window[] = [];
  private seen: string | undefined;

  constructor(private readonly db: Db) {}

  async refresh(shards: number[], now = new Date()): Promise<CacheDiff> {
    // Reading and diffing every stamp blocks the event loop for ~6 ms per 1,000 checks (timer lag),
    // so each poll first asks the database for a fingerprint of exactly what that read would see.
    const [fp] = await this.db.$queryRaw<{ n: number; h: string }[]>`
      SELECT count(*)::int AS n, coalesce(sum(hashtextextended(concat(id, '|', "updatedAt", '|', "lastPingAt", '|', "runRequestedAt"), 0)), 0)::text AS h
      FROM "Check" WHERE shard = ANY(${shards}::int[]) AND NOT paused`;
    const seen = `${shards.join(",")}/${fp?.n}/${fp?.h}`;
    if (seen === this.seen) {
      await this.loadWindows(now);
      return { upserted: [], removed: [], runNow: [] };
    }
    const diff = await this.readAll(shards, now);
    this.seen = seen;
    return diff;
  }

  private async loadWindows(now: Date): Promise<void> {
    this.windows = await this.db.maintenanceWindow.findMany({
      where: { endsAt: { gt: now } },
      select: { checkId: true, serviceId: true, startsAt: true, endsAt: true },
    });
  }

  private async readAll(shards: number[], now: Date): Promise<CacheDiff> {
    this.fullReads++;
    const stamps = await this.db.check.findMany({
      where: { shard: { in: shards }, paused: false },
      select: { id: true, updatedAt: true, lastPingAt: true, runRequestedAt: true },
    });
    const stale = stamps.filter((s) => {
      const c = this.checks.get(s.id);
      return (
        !c || c.updatedAt.getTime() !== s.updatedAt.getTime() || c.lastPingAt?.getTime() !== s.lastPingAt?.getTime()
      );
    });
    const rows = stale.length
      ? await this.db.check.findMany({ where: { id: { in: stale.map((s) => s.id) } }, select: CACHED_COLUMNS })
      : [];
    const upserted = rows.map(({ stateSince, lastCheckedAt, ...row }) => {
      const prev = this.checks.get(row.id);
      const next: CachedCheck = {
        ...row,
        config: { ...(row.config as object), kind: row.kind.toLowerCase() } as CheckConfigInput,
        // Our own results are newer than the row until the writer flushes them.
        state: prev?.state ?? row.state,
        health: prev?.health ?? row.health,
        stateSinceMs: prev?.stateSinceMs ?? stateSince.getTime(),
        consecutiveFailures: prev?.consecutiveFailures ?? row.consecutiveFailures,
        servedRunRequestMs: prev?.servedRunRequestMs ?? lastCheckedAt?.getTime() ?? 0,
      };
      this.checks.set(row.id, next);
      return next;
    });
    const live = new Set(stamps.map((s) => s.id));
    const removed = [...this.checks.values()].filter((c) => !live.has(c.id));
    for (const c of removed) this.checks.delete(c.id);
    const runNow: CachedCheck[] = [];
    for (const s of stamps) {
      const c = this.checks.get(s.id);
      const requested = s.runRequestedAt?.getTime() ?? 0;
      if (c && requested > c.servedRunRequestMs) {
        c.servedRunRequestMs = requested;
        runNow.push(c);
      }
    }
    await this.loadWindows(now);
    return { upserted, removed, runNow };
  }

  /** Forget the checks of shards we no longer hold. */
  dropShards(shards: number[]): CachedCheck[] {
    const set = new Set(shards);
    const dropped = [...this.checks.values()].filter((c) => set.has(c.shard));
    for (const c of dropped) this.checks.delete(c.id);
    this.seen = undefined;
    return dropped;
  }

  inMaintenance(check: CachedCheck, atMs: number): boolean {
    return this.windows.some(
      (w) =>
        (w.checkId === check.id || w.serviceId === check.serviceId) &&
        w.startsAt.getTime() <= atMs &&
        atMs < w.endsAt.getTime(),
    );
  }
}
