// Metrics at the product's scale: an embedded PostgreSQL with S series at 15 s over D days (8.6 M
// points at 50 × 30), then the figures the requirement names, each beside its target: a 30-day
// panel read (readMetrics, what GET /api/v1/metrics calls), storage per point, the app-metrics
// sampler's CPU per 100 series, the alert evaluator's CPU per 100 rules, and the time from a metric
// crossing a threshold to its incident with a real worker process evaluating on its schedule.
// Usage: node --import tsx bench/metrics.ts [--series 50] [--days 30] [--requests 50] [--rules 500]
//   [--rounds 6] [--endpoints 20] [--probes 5] [--for 30] [--port 41610]
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { METRIC_RAW_RETENTION_DAYS } from "@opsdeck/core/metric/constants";
import { dataDir } from "@opsdeck/db/paths";
import { runningPostmaster } from "../packages/db/src/postmaster.ts";
import { createTestDb, startTestServer } from "@opsdeck/db/testing";
import { wholeNumber } from "./args.ts";
import { measureEvaluator } from "./metrics/evaluator.ts";
import { HISTORY_SERIES, loadHistory } from "./metrics/history.ts";
import { measureLatency } from "./metrics/latency.ts";
import { timePanel } from "./metrics/panel.ts";
import { line, pctOfCore, quantile } from "./metrics/report.ts";
import { measureSampler } from "./metrics/sampler.ts";
import { metricStorage } from "./metrics/storage.ts";

const { values: a } = parseArgs({
  options: {
    series: { type: "string", default: "50" },
    days: { type: "string", default: "30" },
    requests: { type: "string", default: "50" },
    rules: { type: "string", default: "500" },
    rounds: { type: "string", default: "6" },
    endpoints: { type: "string", default: "20" },
    probes: { type: "string", default: "5" },
    for: { type: "string", default: "30" },
    port: { type: "string", default: "41610" },
  },
});
const o = {
  series: wholeNumber(a.series, "series", 1, 50),
  days: wholeNumber(a.days, "days", METRIC_RAW_RETENTION_DAYS + 2, 90),
  requests: wholeNumber(a.requests, "requests", 1, 1_000),
  rules: wholeNumber(a.rules, "rules", 1, 5_000),
  rounds: wholeNumber(a.rounds, "rounds", 1, 100),
  endpoints: wholeNumber(a.endpoints, "endpoints", 1, 200),
  probes: wholeNumber(a.probes, "probes", 1, 20),
  forSeconds: wholeNumber(a.for, "for", 0, 600),
  port: wholeNumber(a.port, "port", 1024, 65_535),
};
const INTERVAL = 15;
const say = (m: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
const ms = (v: number) => `${v.toFixed(0)} ms`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

const loadAtStart = load();
const server = await startTestServer(o.port);
const t = await createTestDb(server.serverUrl);
const postmaster = runningPostmaster(path.join(dataDir(), `test-pg-${o.port}`)) ?? 0;
let code = 0;
try {
  const end = new Date();
  say(`loading ${o.series} series × ${o.days} days at ${INTERVAL} s`);
  const h = await loadHistory(t.db, { series: o.series, days: o.days, end }, say);
  const storage = await metricStorage(t.db);
  say(`timing ${o.requests} panel reads`);
  const panels = [
    await timePanel(t.db, postmaster, { series: HISTORY_SERIES, days: 30, end: h.end }, o.requests),
    await timePanel(t.db, postmaster, { series: HISTORY_SERIES, days: 30, end: h.end, step: 3_600 }, o.requests),
  ];
  say(`sampling ${o.endpoints} app-metrics endpoints`);
  const sampler = await measureSampler(t.db, postmaster, { endpoints: o.endpoints, rounds: o.rounds, start: h.end });
  say(`evaluating ${o.rules} rules`);
  const ev = await measureEvaluator(t.db, postmaster, {
    rules: o.rules,
    rounds: o.rounds,
    services: o.series,
    end: new Date(),
  });
  say("starting a worker for the threshold-to-incident time");
  const lat = await measureLatency(
    t.db,
    { url: t.url, postmaster, probes: o.probes, forSeconds: o.forSeconds, alertSeconds: INTERVAL },
    say,
  );

  const perByte = storage.bytes / h.points;
  const worstPanel = Math.max(...panels.map((p) => p.p95));
  const seriesPerRound = sampler.points / sampler.rounds;
  const samplerMs = (c: number) => (c / sampler.rounds) * (100 / seriesPerRound);
  const evMs = (c: number) => (c / ev.rounds) * (100 / ev.rules);
  const evShare = pctOfCore(((ev.steady.ownMs + ev.steady.pgMs) / ev.rounds) * (500 / ev.rules), INTERVAL);
  const got = lat.seconds.filter((s): s is number => s !== null);
  const latMax = got.length === lat.seconds.length ? Math.max(...got) : Number.POSITIVE_INFINITY;
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
  console.log(
    [
      `bench/metrics: ${h.series} series × ${h.days} days at ${INTERVAL} s = ${h.points.toLocaleString("en")} points; load average ${loadAtStart} at the start, ${load()} at the end (2 cores)`,
      `  history: points older than ${METRIC_RAW_RETENTION_DAYS + 1} days were summed into HOUR/DAY rollups by one SQL statement (what the write path merges);`,
      `  the newest ${(h.viaWritePath - h.series).toLocaleString("en")} points went through writeMetricSamples; then pruneMetrics removed ${h.pruned.points.toLocaleString("en")} raw points past ${METRIC_RAW_RETENTION_DAYS} days`,
      `  stored: ${storage.points.toLocaleString("en")} raw points, ${storage.rollups.toLocaleString("en")} rollups, ${storage.series} series; MetricPoint ${mb(storage.byTable.MetricPoint)}, MetricRollup ${mb(storage.byTable.MetricRollup)}, MetricSeries ${mb(storage.byTable.MetricSeries)} (with indexes, after VACUUM)`,
      ...panels.map(
        (p) =>
          `  panel read, ${p.label} (${p.source} source, ${p.points.toLocaleString("en")} points): p50 ${ms(p.p50)}, p95 ${ms(p.p95)}, max ${ms(p.max)}; CPU per read ${ms(p.ownMs)} process + ${ms(p.pgMs)} PostgreSQL`,
      ),
      `  sampler: ${sampler.endpoints} endpoints, ${seriesPerRound.toFixed(0)} series per round, ${sampler.rounds} rounds: ${ms(samplerMs(sampler.cpu.ownMs))} process + ${ms(samplerMs(sampler.cpu.pgMs))} PostgreSQL CPU per 100 series per round`,
      `  evaluator: ${ev.rules} rules, ${ev.changes} state changes; first round (every group new) ${ms(ev.firstRound.ownMs)} process + ${ms(ev.firstRound.pgMs)} PostgreSQL CPU;`,
      `    next ${ev.rounds} rounds: ${ms(evMs(ev.steady.ownMs))} process + ${ms(evMs(ev.steady.pgMs))} PostgreSQL CPU per 100 rules per round, wall ${ms(ev.steady.wallMs / ev.rounds)} per round`,
      `  threshold to incident (rules "for" ${lat.forSeconds} s, WORKER_ALERT_SECONDS=${lat.alertSeconds}, ${lat.seconds.length} probes): ${lat.seconds.map((s) => (s === null ? "none" : `${s.toFixed(1)} s`)).join(", ")}`,
      `    the real worker (all its loops, ${ev.rules + o.probes} rules) used ${(100 * lat.workerCores).toFixed(1)} % of a core and PostgreSQL ${(100 * lat.pgCores).toFixed(1)} % meanwhile`,
      "figures against targets:",
      line("30-day panel read p95 (worst of the two)", ms(worstPanel), "< 300 ms", worstPanel < 300),
      line("storage per point", `${perByte.toFixed(2)} B`, "< 16 B", perByte < 16),
      line(
        "500 rules every 15 s (process + PostgreSQL)",
        `${evShare.toFixed(1)} % of one core`,
        "< 10 % of one core",
        evShare < 10,
      ),
      line(
        "threshold to incident, worst probe",
        Number.isFinite(latMax)
          ? `${latMax.toFixed(1)} s (p50 ${quantile(got, 50).toFixed(1)} s)`
          : "an incident never opened",
        `< for + 20 s = ${lat.forSeconds + 20} s`,
        latMax < lat.forSeconds + 20,
      ),
      `  (sampler CPU per 100 series at one round per 15 s: ${pctOfCore(samplerMs(sampler.cpu.ownMs + sampler.cpu.pgMs), INTERVAL).toFixed(2)} % of one core; no target is set for it)`,
    ].join("\n"),
  );
} catch (err) {
  say(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  code = 1;
} finally {
  await t.drop();
  await server.stop();
}
process.exit(code);
