import { parseArgs } from "node:util";

export type BenchArgs = {
  checks: number;
  interval: number;
  minutes: number;
  workers: number;
  dashboards: number;
  cpuProf?: string;
};

const USAGE =
  "usage: node --import tsx bench/checks.ts [--checks 2000] [--interval 20] [--minutes 5] [--workers 1] [--dashboards 0] [--cpu-prof DIR]";

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      checks: { type: "string", default: "2000" },
      interval: { type: "string", default: "20" },
      minutes: { type: "string", default: "5" },
      workers: { type: "string", default: "1" },
      dashboards: { type: "string", default: "0" },
      "cpu-prof": { type: "string" },
    },
  });
  const int = (name: keyof typeof values, min: number, max: number) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(`--${name} must be a whole number in ${min}..${max}\n${USAGE}`);
    return n;
  };
  // Intervals below 10 s are raised to the worker's floor (WORKER_MIN_INTERVAL_MS), so refuse them.
  return {
    checks: int("checks", 1, 50_000),
    interval: int("interval", 10, 3_600),
    minutes: int("minutes", 1, 60),
    workers: int("workers", 1, 8),
    dashboards: int("dashboards", 0, 50),
    cpuProf: values["cpu-prof"],
  };
}
