import type { Db } from "@opsdeck/db";
import type { ReadCall } from "../call.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { type HealthSummaryDto, readHealthSummary } from "./health-summary.ts";

/** Events after which the summary is read again: a state change, an edit of checks, services or maintenance, new history. */
const CHANGES = ["check.state", "checks.changed", "tiles.history"];
/** Staleness and worker liveness move with time alone: a summary older than this is read again anyway. */
export const SUMMARY_MAX_AGE_MS = 5_000;

/** A summary as of event `cursor`: read after that id was the newest, so it holds every change up to it. */
export type CachedHealthSummary = { cursor: number; readAt: number; summary: HealthSummaryDto };

/**
 * The Overview's health summary, read once per change rather than once per request: a request costs one
 * look at the event log (any summary-changing event since the cached cursor?) while nothing changes.
 * Every viewer sees the same summary, so one copy serves all.
 */
export class HealthSummaryCache {
  private entry: CachedHealthSummary | null = null;
  private reading: { cursor: number; done: Promise<CachedHealthSummary> } | null = null;
  /** How many times the summary was read from the checks (for tests and benchmarks). */
  reads = 0;

  async get({ db, ctx, now = new Date() }: ReadCall): Promise<CachedHealthSummary> {
    assertRole(ctx, "VIEWER");
    const entry = this.entry;
    const [head] = await db.$queryRaw<{ head: bigint | null; changed: boolean }[]>`
      SELECT (SELECT max(id) FROM "LiveEvent") AS head,
        EXISTS (SELECT 1 FROM "LiveEvent" WHERE id > ${entry?.cursor ?? 0} AND kind = ANY(${CHANGES}::text[])) AS changed`;
    // The log may have been pruned below the cached id (a quiet hour): nothing came after it then.
    const cursor = Math.max(Number(head?.head ?? 0), entry?.cursor ?? 0);
    const fresh = entry && !head?.changed && now.getTime() - entry.readAt < SUMMARY_MAX_AGE_MS;
    if (fresh) return entry;
    // Concurrent requests share a read that began at their cursor or later (so it holds what they saw committed).
    if (this.reading && this.reading.cursor >= cursor) return this.reading.done;
    const reading = {
      cursor,
      done: this.read(db, ctx, cursor, now).finally(() => {
        if (this.reading === reading) this.reading = null;
      }),
    };
    this.reading = reading;
    return reading.done;
  }

  private async read(db: Db, ctx: AnyCtx, cursor: number, now: Date): Promise<CachedHealthSummary> {
    this.reads++;
    const summary = await readHealthSummary({ db, ctx, now });
    const entry = { cursor, readAt: now.getTime(), summary };
    if (!this.entry || cursor >= this.entry.cursor) this.entry = entry;
    return entry;
  }
}
