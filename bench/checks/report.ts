import { lagPercentile } from "../../apps/worker/src/scheduler/timers.ts";
import type { BenchArgs } from "./args.ts";
import type { Sizes } from "./db.ts";
import type { Measured } from "./measure.ts";
import type { StatsLine } from "./processes.ts";

/** One worker's measured span: the stats lines after `first`, each covering one window. */
export type Span = { id: string; first: StatsLine; windows: StatsLine[] };
type Hist = Record<string, number>;

/** Lag histograms added up. */
export const merge = (hists: Hist[]): Hist => {
  const out: Hist = {};
  for (const h of hists) for (const [k, n] of Object.entries(h)) out[k] = (out[k] ?? 0) + n;
  return out;
};
/** p50, p99 and max of a lag histogram. */
export const lag = (h: Hist) => ({ p50: lagPercentile(h, 0.5), p99: lagPercentile(h, 0.99), max: lagPercentile(h, 1) });
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

function summarize(s: Span) {
  const last = s.windows.at(-1) ?? s.first;
  const sum = (f: (l: StatsLine) => number) => s.windows.reduce((a, l) => a + f(l), 0);
  const hist = merge(s.windows.map((l) => l.window.lagHist));
  return {
    id: s.id,
    hist,
    ...lag(hist),
    executedPerS: sum((l) => l.window.executed) / (sum((l) => l.window.ms) / 1000),
    missed: sum((l) => l.window.missedSlots),
    skipped: sum((l) => l.window.skippedOverlaps),
    cores: (last.cpu - s.first.cpu) / ((last.at - s.first.at) / 1000),
    rssMb: last.rss / 2 ** 20,
    perMinute: s.windows.map((l) => `${lagPercentile(l.window.lagHist, 0.99)}/${lagPercentile(l.window.lagHist, 1)}`),
  };
}

export function report(args: BenchArgs, m: Measured, load: string): string {
  const per = m.spans.map(summarize);
  const add = (f: (p: (typeof per)[number]) => number) => per.reduce((a, p) => a + f(p), 0);
  const total = {
    ...lag(merge(per.map((p) => p.hist))),
    executedPerS: add((p) => p.executedPerS),
    missed: add((p) => p.missed),
    skipped: add((p) => p.skipped),
    cores: add((p) => p.cores),
    rssMb: add((p) => p.rssMb),
  };
  const results = m.after.results - m.before.results;
  const perResult = (k: keyof Sizes) => (m.after[k] - m.before[k]) / results;
  const kib = (k: keyof Sizes) => `${f1(perResult(k))} B (${f1(perResult(k) * (1000 / 1024))} KiB/1k)`;
  const expected = args.checks / args.interval;
  const c = m.cores;
  const others = c.machine - total.cores - c.postgres - c.target - c.dashboards - c.bench;
  const row = (label: string, vals: (string | number | null)[]) =>
    `${label.padEnd(34)}${vals.map((v) => String(v ?? "-").padStart(16)).join("")}`;
  const cols = (f: (p: typeof total) => string) => [...per.map(f), ...(per.length > 1 ? [f(total)] : [])];
  const d = m.dashboards;
  const lines = [
    `checks bench: ${args.checks} HTTP checks every ${args.interval} s, ${args.workers} worker(s), ` +
      `${args.dashboards} dashboard loop(s), ${m.spans[0]?.windows.length} min measured; load average before: ${load}`,
    row("", [...per.map((p) => p.id), ...(per.length > 1 ? ["all"] : [])]),
    row(
      "executed checks/s",
      cols((p) => f1(p.executedPerS)),
    ),
    row(
      "lag p50 / p99 / max (ms)",
      cols((p) => `${p.p50} / ${p.p99} / ${p.max}`),
    ),
    row(
      "missed slots / skipped overlaps",
      cols((p) => `${p.missed} / ${p.skipped}`),
    ),
    row(
      "worker CPU (cores)",
      cols((p) => f2(p.cores)),
    ),
    row(
      "worker RSS at end (MB)",
      cols((p) => f1(p.rssMb)),
    ),
    ...per.map((p) => `${`  lag p99/max per minute, ${p.id}`.padEnd(34)}  ${p.perMinute.join("  ")}`),
    row("expected checks/s", [f1(expected)]),
    row("CPU postgres / target (cores)", [`${f2(c.postgres)} / ${f2(c.target)}`]),
    ...(d ? [row("CPU dashboards' process (cores)", [f2(c.dashboards)])] : []),
    // Lag is only "at rest" when the machine is: the control is an idle process timed the same way.
    row("CPU of other processes (cores)", [f2(others)]),
    row("control lag p50 / p99 / max (ms)", [Object.values(lag(m.controlLag)).join(" / ")]),
    ...(d ? [row("dashboard reads/s, p50 / p99 ms", [`${f1(d.calls / m.seconds)}, ${d.p50} / ${d.p99}`])] : []),
    ...(d?.errors ? [row("dashboard read errors", [d.errors])] : []),
    row("results / events written", [`${results} / ${m.after.events - m.before.events}`]),
    row("growth per result: raw", [kib("raw")]),
    row("growth per result: rollup", [kib("rollup")]),
    row("growth per result: database", [kib("database")]),
  ];
  const ok = (b: boolean) => (b ? "met" : "MISSED");
  lines.push(
    "",
    `summary: ${f1(total.executedPerS)}/${f1(expected)} checks/s, lag p99 ${total.p99} ms (max ${total.max}; control ` +
      `${lagPercentile(m.controlLag, 0.99)}), ${total.missed} missed, CPU ${per.map((p) => f2(p.cores)).join(" + ")} cores, ` +
      `raw ${f1(perResult("raw"))} B/result | targets: p99 < 5 ms ${ok((total.p99 ?? 0) < 5)}, no missed slot ` +
      `${ok(total.missed === 0)}, CPU < 0.5 core ${ok(per.every((p) => p.cores < 0.5))}, raw < 50 B ${ok(perResult("raw") < 50)}`,
  );
  return lines.join("\n");
}
