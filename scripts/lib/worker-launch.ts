// How a worker process is started: from its bundle (apps/worker/build.ts) on plain Node, or from its
// sources under tsx when nothing was built. npm start, the container and the benches all use this.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@opsdeck/db/paths";

export const WORKER_BUNDLE = path.join(repoRoot, "apps/worker/dist/main.mjs");
const WORKER_SOURCE = path.join(repoRoot, "apps/worker/src/main.ts");

// Semi-spaces of 2 MB instead of V8's 16: the default young generation alone keeps 32 MB resident per
// worker. Side by side in bench/scale (2,500 checks each) they held 212 MiB against 228 with the default.
// The old generation grows by 20 % of what a full GC leaves live, not by V8's factor of up to 4: in
// bench/scale (5,000 checks each) a worker held 165–174 MiB instead of 293–298, and schedule lag p99
// rose from 5 ms to 14 ms (more full GCs). The compose file's worker command repeats these flags.
export const WORKER_NODE_FLAGS = ["--max-semi-space-size=2", "--heap-growing-percent=20"];

/** Node's arguments for a worker: the bundle when `bundled` and it exists, else the sources under tsx. */
export function workerNodeArgs(bundled: boolean): string[] {
  if (bundled && existsSync(WORKER_BUNDLE)) return [...WORKER_NODE_FLAGS, WORKER_BUNDLE];
  return [...WORKER_NODE_FLAGS, "--import", "tsx", WORKER_SOURCE];
}

let built: boolean | undefined;
/** Bundles the worker once per process (about a second); false when that failed. */
export function buildWorker(): boolean {
  built ??=
    spawnSync(process.execPath, ["--import", "tsx", "build.ts"], {
      cwd: path.join(repoRoot, "apps/worker"),
      stdio: "inherit",
    }).status === 0;
  return built;
}
