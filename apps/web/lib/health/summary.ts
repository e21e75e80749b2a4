import "server-only";
import { getOverviewSummary, listIncidents } from "@opsdeck/core";
import { HealthSummaryCache } from "@opsdeck/core/check/health-summary-cache";
import type { AnyCtx } from "@opsdeck/core/roles";
import { db } from "@/lib/db";

const held = globalThis as { opsdeckHealthSummary?: HealthSummaryCache };
/** One cache per web process (kept across dev reloads): every viewer's Overview reads the same summary. */
const cache = () => {
  held.opsdeckHealthSummary ??= new HealthSummaryCache();
  return held.opsdeckHealthSummary;
};

/**
 * What the Overview shows and `GET /api/v1/overview` returns: the numbers, the open incidents and the
 * health summary, whose counts are the headline's. `cursor` is the event id the summary holds every
 * change up to: a page streams from there.
 */
export async function readOverview(ctx: AnyCtx, now = new Date()) {
  const { cursor, summary: health } = await cache().get({ db: db(), ctx, now });
  const [summary, openIncidents] = await Promise.all([
    getOverviewSummary({ db: db(), ctx, checks: health.counts, now }),
    listIncidents({ db: db(), ctx, input: { status: "open" }, now }),
  ]);
  return { cursor, data: { summary, openIncidents, health } };
}
