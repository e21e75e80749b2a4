import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { scrapeAppMetrics } from "@opsdeck/core/app-metrics/scrape";
import type { Db } from "@opsdeck/db";
import { repoRoot } from "@opsdeck/db/paths";
import { addCpu, type Cpu, measureCpu, ZERO_CPU } from "./cpu.ts";

export type SamplerRun = { endpoints: number; rounds: number; points: number; cpu: Cpu };

/** The exposition servers in their own process; resolves with their URLs and a stop function. */
async function startApps(n: number) {
  const proc = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "exposition-server.ts"), String(n)],
    {
      cwd: repoRoot,
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const urls = await new Promise<string[]>((resolve, reject) => {
    readline.createInterface({ input: proc.stdout as NodeJS.ReadableStream }).on("line", (l) => {
      if (l.startsWith("URLS ")) resolve(JSON.parse(l.slice(5)) as string[]);
    });
    proc.once("exit", (code) => reject(new Error(`the exposition servers exited early (code ${code})`)));
  });
  const exited = new Promise((r) => proc.once("exit", r));
  return {
    urls,
    stop: () => {
      proc.stdin?.end();
      return exited;
    },
  };
}

/**
 * The app-metrics sampler (scrapeAppMetrics, as the worker runs it every 15 s) over `endpoints`
 * services of five series each, for `rounds` measured rounds after a first one that only takes
 * the counters. Returns the points written and the CPU of those rounds.
 */
export async function measureSampler(
  db: Db,
  postmaster: number,
  opts: { endpoints: number; rounds: number; start: Date },
): Promise<SamplerRun> {
  const apps = await startApps(opts.endpoints);
  try {
    for (const [i, url] of apps.urls.entries()) {
      const slug = `scrape-${i}`;
      const svc = await db.service.create({ data: { slug, name: slug } });
      await db.appMetricsEndpoint.create({ data: { serviceId: svc.id, url } });
    }
    const deps = { intervalSeconds: 15, timeoutMs: 5_000 };
    const at = (r: number) => new Date(opts.start.getTime() + r * 15_000);
    await scrapeAppMetrics({ db, deps, now: at(0) });
    let cpu = ZERO_CPU;
    for (let r = 1; r <= opts.rounds; r++) {
      await new Promise((res) => setTimeout(res, 1_100)); // let the apps' counters move
      const m = await measureCpu(postmaster, () => scrapeAppMetrics({ db, deps, now: at(r) }));
      if (m.value.failed.length) throw new Error(`scrapes failed: ${m.value.failed.join(", ")}`);
      cpu = addCpu(cpu, m.cpu);
    }
    const [w] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "MetricPoint" p JOIN "MetricSeries" s ON s.id = p."seriesId"
       WHERE s.labels->>'service' LIKE 'scrape-%' AND p.at > ${at(0)}`;
    return { endpoints: opts.endpoints, rounds: opts.rounds, points: w?.n ?? 0, cpu };
  } finally {
    await apps.stop();
  }
}
