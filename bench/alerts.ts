// Alert rule evaluation at scale: an embedded PostgreSQL with N rules over the preset series of S
// services (points every 15 s for the last hour, Stripe's hourly for a day), evaluated by one
// worker's loop for R rounds 15 s apart. Prints the wall time and this process's CPU per round, and
// what that is as a share of one core at one round per 15 s.
// Usage: node --import tsx bench/alerts.ts [--rules 500] [--services 50] [--rounds 8] [--port 37499]
import { parseArgs } from "node:util";
import { ALERT_PRESETS } from "@opsdeck/core/alert/presets";
import { evaluateAlertRules } from "@opsdeck/core/alert/run";
import { labelsOf } from "@opsdeck/core/alert/internal";
import { type MetricSample, writeMetricSamples } from "@opsdeck/core/metric/write";
import { systemCtx } from "@opsdeck/core/roles";
import { createTestDb, startTestServer } from "@opsdeck/db/testing";
import { wholeNumber } from "./args.ts";

const { values: a } = parseArgs({
  options: {
    rules: { type: "string", default: "500" },
    services: { type: "string", default: "50" },
    rounds: { type: "string", default: "8" },
    port: { type: "string", default: "37499" },
  },
});
const rules = wholeNumber(a.rules, "rules", 1, 20_000);
const services = wholeNumber(a.services, "services", 1, 1_000);
const rounds = wholeNumber(a.rounds, "rounds", 1, 1_000);
const say = (m: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
const INTERVAL = 15;

const server = await startTestServer(wholeNumber(a.port, "port", 1024, 65_535));
const t = await createTestDb(server.serverUrl);
try {
  const start = Date.now();
  const slugs = Array.from({ length: services }, (_, i) => `svc-${i}`);
  await t.db.service.createMany({ data: slugs.map((slug) => ({ slug, name: slug })) });
  say(`writing points for ${services} services`);
  for (const slug of slugs) {
    const samples: MetricSample[] = [];
    for (let s = 0; s < 3600; s += INTERVAL) {
      const at = new Date(start - s * 1000);
      // Every fifth service is failing, so some rules go PENDING and FIRING.
      const bad = slugs.indexOf(slug) % 5 === 0;
      samples.push({ name: "app.error_rate", labels: { service: slug }, at, value: bad ? 9 : 1 });
      samples.push({ name: "app.latency_p95", labels: { service: slug }, at, value: bad ? 2500 : 300 });
      samples.push({ name: "pg.connection_usage", labels: { service: slug }, at, value: bad ? 90 : 30 });
    }
    await writeMetricSamples(t.db, samples);
  }
  const stripe: MetricSample[] = [];
  for (let h = 0; h < 24; h++) {
    const at = new Date(start - h * 3_600_000);
    stripe.push({ name: "stripe.webhook_failures", labels: {}, at, value: 2 });
    stripe.push({ name: "stripe.charges_succeeded", labels: {}, at, value: 30 });
  }
  await writeMetricSamples(t.db, stripe);
  say(`creating ${rules} rules`);
  await t.db.alertRule.createMany({
    data: Array.from({ length: rules }, (_, i) => {
      const { key, summary: _s, labels, ...p } = ALERT_PRESETS[i % ALERT_PRESETS.length] ?? ALERT_PRESETS[0];
      return { ...p, name: `${p.name} #${i}`, preset: key, labels: labelsOf(labels) };
    }),
  });
  const ctx = systemCtx("bench");
  const rows: string[] = [];
  let cpuTotal = 0;
  for (let r = 0; r < rounds; r++) {
    const now = new Date(start + r * INTERVAL * 1000);
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const out = await evaluateAlertRules({ db: t.db, ctx, intervalSeconds: INTERVAL, now });
    const ms = performance.now() - wall;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    cpuTotal += cpuMs;
    rows.push(
      `round ${r + 1}: ${out.evaluated} rules, ${out.changes.length} changes, wall ${ms.toFixed(0)} ms, worker CPU ${cpuMs.toFixed(0)} ms`,
    );
  }
  for (const row of rows) console.log(row);
  const avg = cpuTotal / rounds;
  console.log(
    `${rules} rules, ${services} services: mean worker CPU ${avg.toFixed(0)} ms per round = ${((100 * avg) / (INTERVAL * 1000)).toFixed(1)} % of one core at one round per ${INTERVAL} s (PostgreSQL's own CPU not included)`,
  );
} finally {
  await t.drop();
  await server.stop();
}
