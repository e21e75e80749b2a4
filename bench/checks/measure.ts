import type pg from "pg";
import { leaseCounts, type Sizes, sizes } from "./db.ts";
import { cpuSeconds, machineCpu, treeCores, treeCpu } from "./proc.ts";
import type { StatsLine, startHelper, WorkerProc } from "./processes.ts";
import type { Span } from "./report.ts";

export const STATS_MS = 60_000; // the worker's stats line period (apps/worker/src/main.ts)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll `probe` until it returns true; fails early when a worker exits. */
export async function until(
  workers: WorkerProc[],
  what: string,
  timeoutMs: number,
  probe: () => Promise<boolean> | boolean,
) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const dead = workers.find((w) => w.wrapper.exitCode !== null);
    if (dead) throw new Error(`worker ${dead.id} exited while waiting for ${what}:\n${dead.tail.join("\n")}`);
    if (await probe()) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(250);
  }
}

export type DashboardFigures = { calls: number; errors: number; p50: number | null; p99: number | null };
type Helper<T> = ReturnType<typeof startHelper<T>>;
export type Measured = {
  spans: Span[];
  before: Sizes;
  after: Sizes;
  seconds: number;
  cores: { postgres: number; target: number; dashboards: number; bench: number; machine: number };
  controlLag: Record<string, number>;
  dashboards?: DashboardFigures;
};

/**
 * Each worker's span runs from its first stats line after warm-up to `minutes` lines later; CPU of
 * the other processes, database sizes, the control's lag and the dashboards' figures over the same time.
 */
export async function measure(o: {
  pool: pg.Pool;
  workers: WorkerProc[];
  minutes: number;
  pids: { postmaster: number; target: number; control: number; dashboards?: number };
  control: Helper<Record<string, number>>;
  dashboards?: Helper<DashboardFigures | Record<string, never>>;
}): Promise<Measured> {
  const { workers, pids } = o;
  const from = workers.map((w) => w.lines.length);
  await until(workers, "the first stats lines", STATS_MS + 15_000, () =>
    workers.every((w, i) => w.lines.length > (from[i] as number)),
  );
  const before = await sizes(o.pool);
  const own = () => ({
    target: cpuSeconds(pids.target) ?? 0,
    dashboards: cpuSeconds(pids.dashboards ?? 0) ?? 0,
    bench: (cpuSeconds(process.pid) ?? 0) + (cpuSeconds(pids.control) ?? 0),
  });
  const pg0 = treeCpu(pids.postmaster);
  const cpu0 = { ...own(), all: machineCpu() };
  await Promise.all([o.control.take(), o.dashboards?.take()]);
  const t0 = Date.now();
  await until(workers, "the measured windows", o.minutes * STATS_MS + 30_000, () =>
    workers.every((w, i) => w.lines.length > (from[i] as number) + o.minutes),
  );
  const seconds = (Date.now() - t0) / 1000;
  const [controlLag, dashboards] = await Promise.all([o.control.take(), o.dashboards?.take()]);
  const after = await sizes(o.pool);
  const cpu1 = own();
  const cores = {
    postgres: treeCores(pg0, treeCpu(pids.postmaster), seconds),
    target: (cpu1.target - cpu0.target) / seconds,
    dashboards: (cpu1.dashboards - cpu0.dashboards) / seconds,
    bench: (cpu1.bench - cpu0.bench) / seconds,
    machine: (machineCpu().busy - cpu0.all.busy) / seconds,
  };
  const leases = await leaseCounts(o.pool);
  if (leases.reduce((a, b) => a + b, 0) !== 64) console.error(`warning: leases changed during the run: ${leases}`);
  const spans = workers.map((w, i) => {
    const start = from[i] as number;
    return { id: w.id, first: w.lines[start] as StatsLine, windows: w.lines.slice(start + 1, start + 1 + o.minutes) };
  });
  return { spans, before, after, seconds, cores, controlLag, dashboards: dashboards as DashboardFigures | undefined };
}
