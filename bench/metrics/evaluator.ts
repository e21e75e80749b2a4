import { labelsOf } from "@opsdeck/core/alert/internal";
import { ALERT_PRESETS } from "@opsdeck/core/alert/presets";
import { evaluateAlertRules } from "@opsdeck/core/alert/run";
import { type MetricSample, writeMetricSamples } from "@opsdeck/core/metric/write";
import { systemCtx } from "@opsdeck/core/roles";
import type { Db } from "@opsdeck/db";
import { addCpu, type Cpu, measureCpu, ZERO_CPU } from "./cpu.ts";

export type EvaluatorRun = { rules: number; rounds: number; firstRound: Cpu; steady: Cpu; changes: number };

/**
 * `rules` rules made from the presets in turn, over the history's services (app.latency_p95 is the
 * history itself; an hour of error rate and connection usage is written for them here), evaluated
 * by evaluateAlertRules 15 s apart in the past hour: the first round (every group new) apart from
 * the next `rounds`.
 */
export async function measureEvaluator(
  db: Db,
  postmaster: number,
  opts: { rules: number; rounds: number; services: number; end: Date },
): Promise<EvaluatorRun> {
  const endMs = opts.end.getTime();
  for (let i = 0; i < opts.services; i++) {
    const service = `svc-${i}`;
    const bad = i % 5 === 0;
    const samples: MetricSample[] = [];
    for (let s = 0; s < 3600; s += 15) {
      const at = new Date(endMs - s * 1000);
      // A little movement, as real series have: each window's aggregate differs from the last one's.
      const wobble = ((s / 15) % 7) * 0.1;
      samples.push({ name: "app.error_rate", labels: { service }, at, value: (bad ? 9 : 1) + wobble, unit: "percent" });
      samples.push({
        name: "pg.connection_usage",
        labels: { service },
        at,
        value: (bad ? 90 : 30) + wobble,
        unit: "percent",
      });
    }
    await writeMetricSamples(db, samples);
  }
  await db.service.createMany({
    data: Array.from({ length: opts.services }, (_, i) => ({ slug: `svc-${i}`, name: `svc-${i}` })),
    skipDuplicates: true,
  });
  await db.alertRule.createMany({
    data: Array.from({ length: opts.rules }, (_, i) => {
      const { key, summary: _s, labels, ...p } = ALERT_PRESETS[i % ALERT_PRESETS.length] ?? ALERT_PRESETS[0];
      return { ...p, name: `${p.name} #${i}`, preset: key, labels: labelsOf(labels) };
    }),
  });
  const ctx = systemCtx("bench");
  // Past instants, so the worker started later finds every rule due.
  const at = (r: number) => new Date(endMs - (opts.rounds + 1 - r) * 15_000);
  const round = (r: number) =>
    measureCpu(postmaster, () => evaluateAlertRules({ db, ctx, intervalSeconds: 15, now: at(r) }));
  const first = await round(0);
  let steady = ZERO_CPU;
  let changes = first.value.changes.length;
  for (let r = 1; r <= opts.rounds; r++) {
    const m = await round(r);
    if (m.value.evaluated !== opts.rules) throw new Error(`round ${r} evaluated ${m.value.evaluated} rules`);
    steady = addCpu(steady, m.cpu);
    changes += m.value.changes.length;
  }
  return { rules: opts.rules, rounds: opts.rounds, firstRound: first.cpu, steady, changes };
}
