// The stack's web and worker processes as the OS sees them, and their resident memory over time.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@opsdeck/db/paths";
import { pidListeningOn, rssMiB } from "../live/proc.ts";

/** The worker started by `npm start` on `dataDir`: node running apps/worker with that OPSDECK_DATA_DIR. */
export function workerPid(dataDir: string): number {
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      if (readlinkSync(`/proc/${pid}/cwd`) !== path.join(repoRoot, "apps/worker")) continue;
      const env = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
      if (
        env.includes(`OPSDECK_DATA_DIR=${dataDir}`) &&
        /main\.(ts|mjs)\0/.test(readFileSync(`/proc/${pid}/cmdline`, "utf8"))
      )
        return Number(pid);
    } catch {
      // gone meanwhile, or not ours
    }
  }
  throw new Error(`no worker runs on ${dataDir}`);
}

/** Samples the web's and the worker's RSS every 100 ms until stopped; reports before and peak. */
export function sampleStack(webPort: number, dataDir: string) {
  const pids = { web: pidListeningOn(webPort), worker: workerPid(dataDir) };
  const before = { web: rssMiB(pids.web), worker: rssMiB(pids.worker) };
  const peak = { ...before };
  const timer = setInterval(() => {
    peak.web = Math.max(peak.web, rssMiB(pids.web));
    peak.worker = Math.max(peak.worker, rssMiB(pids.worker));
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      return { before, peak };
    },
  };
}
