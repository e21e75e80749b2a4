import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { writeMetricSamples } from "@opsdeck/core/metric/write";
import type { Db } from "@opsdeck/db";
import { repoRoot } from "@opsdeck/db/paths";
import { cpuSeconds, treeCpu } from "../checks/proc.ts";

export type LatencyRun = {
  forSeconds: number;
  alertSeconds: number;
  /** Seconds from each probe's crossing point to its incident's creation; null when none opened in time. */
  seconds: (number | null)[];
  /** The worker process (every loop) and PostgreSQL over the phase, in cores. */
  workerCores: number;
  pgCores: number;
};

const PROBE = "bench.probe";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startWorker(env: Record<string, string>): { proc: ChildProcess; exited: Promise<void>; tail: () => string } {
  const proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: path.join(repoRoot, "apps/worker"),
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-4_000);
  };
  proc.stdout?.on("data", keep);
  proc.stderr?.on("data", keep);
  return { proc, exited: new Promise((r) => proc.once("exit", () => r())), tail: () => out };
}

/**
 * Time from a probe series crossing its rule's threshold to the rule's incident, with a real worker
 * process (npm start's worker) evaluating on its own WORKER_ALERT_SECONDS schedule, every other rule
 * in the database included. `probes` rules (LAST over 60 s > 100, for `forSeconds`) cross at
 * staggered moments of the worker's interval; each probe is sampled every 15 s.
 */
export async function measureLatency(
  db: Db,
  opts: { url: string; postmaster: number; probes: number; forSeconds: number; alertSeconds: number },
  say: (m: string) => void,
): Promise<LatencyRun> {
  const write = (k: number, value: number, at: Date) =>
    writeMetricSamples(db, [{ name: PROBE, labels: { probe: String(k) }, at, value }]);
  const rules = [];
  for (let k = 0; k < opts.probes; k++) {
    await write(k, 10, new Date());
    rules.push(
      await db.alertRule.create({
        data: {
          name: `Probe ${k} above 100`,
          series: PROBE,
          labels: { probe: String(k) },
          aggregation: "LAST",
          windowSeconds: 60,
          comparator: "GT",
          threshold: 100,
          forSeconds: opts.forSeconds,
          severity: "P3",
          action: "INCIDENT",
        },
      }),
    );
  }
  const started = new Date();
  const w = startWorker({
    DATABASE_URL: opts.url,
    WORKER_ID: "bench-metrics",
    WORKER_ALERT_SECONDS: String(opts.alertSeconds),
  });
  try {
    say("waiting for the worker's first evaluation of the probe rules");
    for (const deadline = Date.now() + 120_000; ; await sleep(500)) {
      const n = await db.alertRule.count({ where: { series: PROBE, evaluatedAt: { gte: started } } });
      if (n === opts.probes) break;
      if (w.proc.exitCode !== null || Date.now() > deadline)
        throw new Error(`the worker did not evaluate the probe rules:\n${w.tail()}`);
    }
    const pid = w.proc.pid ?? 0;
    const cpu0 = cpuSeconds(pid) ?? 0;
    const pg0 = treeCpu(opts.postmaster);
    const t0 = Date.now();
    // Crossings spread over one evaluation interval, 2 s from now on.
    const spread = (opts.alertSeconds * 1000) / opts.probes;
    const cross = rules.map((_, k) => t0 + 2_000 + k * spread);
    const nextWrite = cross.map((c) => c - 15_000);
    const crossedAt: (number | null)[] = rules.map(() => null);
    const seconds: (number | null)[] = rules.map(() => null);
    const deadline = (cross.at(-1) ?? t0) + (opts.forSeconds + 4 * opts.alertSeconds + 30) * 1000;
    say(
      `probes cross their threshold from ${new Date(cross[0] ?? t0).toISOString().slice(11, 19)} on; waiting for their incidents`,
    );
    while (seconds.some((s) => s === null) && Date.now() < deadline) {
      for (let k = 0; k < rules.length; k++) {
        if (Date.now() < (nextWrite[k] ?? 0)) continue;
        const at = new Date();
        const high = at.getTime() >= (cross[k] ?? 0);
        await write(k, high ? 500 : 10, at);
        if (high && crossedAt[k] === null) crossedAt[k] = at.getTime();
        nextWrite[k] = (nextWrite[k] ?? 0) + 15_000;
      }
      const open = await db.incident.findMany({
        where: { alertRuleId: { in: rules.map((r) => r.id) } },
        select: { alertRuleId: true, createdAt: true },
      });
      for (const i of open) {
        const k = rules.findIndex((r) => r.id === i.alertRuleId);
        const c = crossedAt[k];
        if (k >= 0 && c != null && seconds[k] === null) seconds[k] = (i.createdAt.getTime() - c) / 1000;
      }
      if (w.proc.exitCode !== null) throw new Error(`the worker exited:\n${w.tail()}`);
      await sleep(200);
    }
    const wall = (Date.now() - t0) / 1000;
    let pg = 0;
    for (const [p, s] of treeCpu(opts.postmaster)) pg += s - (pg0.get(p) ?? 0);
    return {
      forSeconds: opts.forSeconds,
      alertSeconds: opts.alertSeconds,
      seconds,
      workerCores: ((cpuSeconds(pid) ?? cpu0) - cpu0) / wall,
      pgCores: pg / wall,
    };
  } finally {
    w.proc.kill("SIGTERM");
    const timer = setTimeout(() => w.proc.kill("SIGKILL"), 10_000);
    await w.exited;
    clearTimeout(timer);
  }
}
