import type { Db, Prisma } from "@opsdeck/db";
import { fetchExposition, readTotals, type ScrapeProblem, scrapeProblem } from "@opsdeck/integrations";
import { publishLive } from "../live/publish.ts";
import { type MetricSample, writeMetricSamples } from "../metric/write.ts";
import { decrypt } from "../secrets/crypto.ts";
import { type Counters, type Figures, figuresBetween, toMsFactor } from "./figures.ts";
import { tokenAad } from "./internal.ts";
import { APP_SERIES, APP_SERIES_UNITS } from "./series.ts";

export type ScrapeDeps = {
  secretKey?: Buffer;
  /** How often each endpoint is scraped; a worker claims an endpoint once per interval. */
  intervalSeconds: number;
  timeoutMs?: number;
};

/** Claim the endpoint's next scrape for this process; false when another took it within the interval. */
async function claim(db: Db, serviceId: string, now: Date, intervalSeconds: number): Promise<boolean> {
  const n = await db.$executeRaw`
    UPDATE "AppMetricsEndpoint" SET "claimedAt" = ${now}
     WHERE "serviceId" = ${serviceId}
       AND ("claimedAt" IS NULL OR "claimedAt" <= ${now}::timestamptz - make_interval(secs => ${intervalSeconds * 0.8}))`;
  return n > 0;
}

const FIGURE_SERIES: Record<keyof Figures, string> = {
  requestRate: APP_SERIES.requestRate,
  errorRate: APP_SERIES.errorRate,
  latencyP50: APP_SERIES.latencyP50,
  latencyP95: APP_SERIES.latencyP95,
  latencyP99: APP_SERIES.latencyP99,
};

const samplesOf = (service: string, at: Date, f: Figures): MetricSample[] =>
  Object.entries(f).map(([k, value]) => {
    const name = FIGURE_SERIES[k as keyof Figures];
    return { name, labels: { service }, at, value, unit: APP_SERIES_UNITS[name] };
  });

type Endpoint = Prisma.AppMetricsEndpointGetPayload<{ include: { service: { select: { slug: true } } } }>;

function tokenOf(
  e: Endpoint,
  key: Buffer | undefined,
): { ok: true; token: string | null } | { ok: false; problem: ScrapeProblem } {
  if (!e.tokenCiphertext) return { ok: true, token: null };
  if (!key)
    return {
      ok: false,
      problem: scrapeProblem("NO_KEY", "The worker has no OPSDECK_SECRET_KEY, so it cannot use the bearer token"),
    };
  try {
    return { ok: true, token: decrypt(e.tokenCiphertext, key, tokenAad(e.serviceId)) };
  } catch {
    return {
      ok: false,
      problem: scrapeProblem("NO_KEY", "The bearer token was sealed with another OPSDECK_SECRET_KEY: enter it again"),
    };
  }
}

/** Scrape one endpoint and record the figures, the counters for the next scrape and the problems in one transaction. */
async function scrapeOne(db: Db, deps: ScrapeDeps, e: Endpoint, now: Date): Promise<boolean> {
  const fail = async (p: ScrapeProblem) => {
    await db.appMetricsEndpoint.updateMany({
      where: { serviceId: e.serviceId },
      data: { scrapedAt: now, problems: [p] },
    });
    return false;
  };
  const token = tokenOf(e, deps.secretKey);
  if (!token.ok) return fail(token.problem);
  const fetched = await fetchExposition(e.url, { token: token.token, timeoutMs: deps.timeoutMs });
  if (!fetched.ok) return fail(fetched.problem);
  const read = readTotals(fetched.text, e);
  if (!read.ok) return fail(read.problem);
  const counters: Counters = { at: now.toISOString(), ...read.totals };
  const figures = figuresBetween(e.counters as Counters | null, counters, toMsFactor(e.durationMetric));
  await db.$transaction(async (tx) => {
    await writeMetricSamples(tx, samplesOf(e.service.slug, now, figures));
    // updateMany: an endpoint removed during its scrape is left removed, and the round goes on.
    await tx.appMetricsEndpoint.updateMany({
      where: { serviceId: e.serviceId },
      data: { scrapedAt: now, counters: counters as unknown as Prisma.InputJsonValue, problems: read.problems },
    });
  });
  return read.problems.length === 0;
}

/**
 * One round of the app-metrics scraper: every service endpoint not claimed by another worker within
 * the interval is read (one at a time, each capped by its timeout), its figures written as app.*
 * series labelled { service }, then one live event names the services. Faults are recorded, never thrown.
 */
export async function scrapeAppMetrics({
  db,
  deps,
  now = new Date(),
}: {
  db: Db;
  deps: ScrapeDeps;
  now?: Date;
}): Promise<{ scraped: string[]; failed: string[] }> {
  const scraped: string[] = [];
  const failed: string[] = [];
  const endpoints = await db.appMetricsEndpoint.findMany({
    include: { service: { select: { slug: true } } },
    orderBy: { serviceId: "asc" },
  });
  for (const e of endpoints) {
    if (!(await claim(db, e.serviceId, now, deps.intervalSeconds))) continue;
    ((await scrapeOne(db, deps, e, now)) ? scraped : failed).push(e.service.slug);
  }
  const services = [...scraped, ...failed];
  if (services.length) await db.$transaction((tx) => publishLive(tx, "app_metrics.scraped", { services }));
  return { scraped, failed };
}
