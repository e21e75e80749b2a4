// Synthetic history for the panel benchmark, written with set-based SQL: services, HTTP checks against
// the local target, rollups (minute for 48 h, hour and day for 90 days), raw results for 7 days and two
// state changes per check per day. Latency is steady per check (20–200 ms, 2% of runs 4× slower); about
// one bucket in 211 has failures, so uptime bars and percentiles have something to show. Buckets the
// running worker has already written are left as it wrote them.
import type pg from "pg";
import { pointChecksAt } from "../checks/db.ts";

export type SeedShape = { checks: number; perService: number; intervalSeconds: number; targetPort: number };

const DAY_S = 86_400;
// Histogram bucket of a latency (see packages/core/src/check/histogram.ts): ceil(ln(ms) / ln(60000^(1/40))).
const bucketSql = (ms: string) => `ceil(ln(${ms}) / (ln(60000) / 40))::int`;

/** Per-check constants used by every insert below. */
const CHECK_SHAPE = `WITH c AS (
    SELECT seq, 20 + (seq * 37) % 181 AS lat FROM "Check" WHERE id LIKE 'bench-%'
  ), k AS (SELECT seq, lat, ${bucketSql("lat")} AS bi, ${bucketSql("lat * 4")} AS ti FROM c)`;

/** `n` runs in a bucket, `d` of them failed: the columns of one rollup row. */
const ROLLUP_COLUMNS = `
    n AS count, n - d AS "upCount", 0 AS "degradedCount", lat AS "latencyMin",
    CASE WHEN (n - d) / 50 > 0 THEN lat * 4 ELSE lat END AS "latencyMax",
    (n - d - (n - d) / 50) * lat + ((n - d) / 50) * lat * 4 AS "latencySum",
    array_fill(0, ARRAY[bi]) || ARRAY[n - d - (n - d) / 50] || array_fill(0, ARRAY[ti - bi - 1])
      || ARRAY[(n - d) / 50] || array_fill(0, ARRAY[41 - ti]) AS hist`;

async function seedRollups(pool: pg.Pool, period: "MINUTE" | "HOUR" | "DAY", bucketS: number, spanS: number, intervalS: number) {
  const n = Math.max(1, Math.floor(bucketS / intervalS));
  await pool.query(
    `${CHECK_SHAPE}
    INSERT INTO "CheckRollup" ("checkSeq", period, "bucketStart", count, "upCount", "degradedCount", "latencyMin", "latencyMax", "latencySum", hist)
    SELECT seq, '${period}', t, count, "upCount", "degradedCount", "latencyMin", "latencyMax", "latencySum", hist FROM (
      SELECT k.*, b.t, ${n} AS n,
        CASE WHEN (seq * 7919 + extract(epoch FROM b.t)::bigint / ${bucketS}) % 211 = 0 THEN greatest(1, ${n} / 10) ELSE 0 END AS d
      FROM k, generate_series(
        to_timestamp(floor(extract(epoch FROM now()) / ${bucketS}) * ${bucketS} - ${spanS}),
        to_timestamp(floor(extract(epoch FROM now()) / ${bucketS}) * ${bucketS} - ${bucketS}),
        interval '${bucketS} seconds') b(t)
    ) x, LATERAL (SELECT ${ROLLUP_COLUMNS}) r
    ON CONFLICT DO NOTHING`,
  );
}

async function seedRaw(pool: pg.Pool, intervalS: number) {
  await pool.query(
    `${CHECK_SHAPE}
    INSERT INTO "CheckResult" (at, "checkSeq", "latencyMs", status, message)
    SELECT t, seq, CASE WHEN failed THEN 0 ELSE lat END,
      CASE WHEN failed THEN 'DOWN'::"CheckResultStatus" END,
      CASE WHEN failed THEN 'HTTP 500 (expected 200-299)' END
    FROM (
      SELECT k.seq, k.lat, b.t, (k.seq * 7919 + extract(epoch FROM b.t)::bigint / 60) % 211 = 0 AS failed
      FROM k, generate_series(now() - interval '${7 * DAY_S} seconds', now() - interval '60 seconds', interval '${intervalS} seconds') b(t)
    ) x`,
  );
}

export async function seedPanels(pool: pg.Pool, shape: SeedShape, say: (m: string) => void): Promise<void> {
  const services = Math.ceil(shape.checks / shape.perService);
  const timed = async (what: string, run: () => Promise<unknown>) => {
    const t0 = performance.now();
    await run();
    say(`${what} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  await timed(`${services} services and ${shape.checks} checks`, async () => {
    await pool.query(
      `INSERT INTO "Service" (id, slug, name, tier, "updatedAt")
       SELECT 'bench-svc-' || g, 'svc-' || g, 'Service ' || lpad(g::text, 4, '0'), (ARRAY['TIER_1','TIER_2','TIER_3'])[1 + g % 3]::"ServiceTier", now()
       FROM generate_series(1, $1) g`,
      [services],
    );
    await pool.query(
      `INSERT INTO "Check" (id, "serviceId", name, kind, config, "intervalSeconds", "timeoutMs", state, health, "stateSince", "lastCheckedAt", "lastLatencyMs", "createdAt", "updatedAt")
       SELECT 'bench-' || g, 'bench-svc-' || (1 + (g - 1) / $2), 'GET /endpoint/' || g, 'HTTP', '{}'::jsonb, $3, 5000, 'UP', 'UP',
         now() - interval '1 day', now(), 20 + (g * 37) % 181, now() - interval '91 days', now()
       FROM generate_series(1, $1) g`,
      [shape.checks, shape.perService, shape.intervalSeconds],
    );
    await pointChecksAt(pool, shape.targetPort);
  });
  await timed("day rollups, 90 days", () => seedRollups(pool, "DAY", DAY_S, 90 * DAY_S, shape.intervalSeconds));
  await timed("hour rollups, 90 days", () => seedRollups(pool, "HOUR", 3600, 90 * DAY_S, shape.intervalSeconds));
  await timed("minute rollups, 48 hours", () => seedRollups(pool, "MINUTE", 60, 2 * DAY_S, shape.intervalSeconds));
  await timed(`raw results, 7 days at ${shape.intervalSeconds} s`, () => seedRaw(pool, shape.intervalSeconds));
  await timed("state changes, two a day per check", () =>
    pool.query(
      `INSERT INTO "CheckEvent" ("checkId", "from", "to", at, message)
       SELECT c.id, e.f::"CheckState", e.t::"CheckState", now() - d * interval '1 day' + e.o * interval '1 minute', e.m
       FROM "Check" c, generate_series(1, 90) d,
         (VALUES ('UP', 'DOWN', 0, 'HTTP 500 (expected 200-299)'), ('DOWN', 'UP', 3, NULL)) e(f, t, o, m)
       WHERE c.id LIKE 'bench-%'`,
    ),
  );
  await timed("VACUUM ANALYZE", () => pool.query("VACUUM ANALYZE"));
}
