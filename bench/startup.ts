// Measures `npm start` from launch to the first 200 from /login (redirects followed: with no user yet
// /login leads to /setup). Usage: node --import tsx bench/startup.ts [cold|warm]
// cold: no build output, no turbo cache, no data dir; warm: everything kept from the previous run.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@opsdeck/db/paths";

const mode = process.argv[2] === "cold" ? "cold" : "warm";
const port = Number(process.env.BENCH_PORT ?? 3300);
const dataDir = path.join(repoRoot, ".data/bench-startup");

if (mode === "cold") {
  for (const p of [dataDir, path.join(repoRoot, "apps/web/.next"), path.join(repoRoot, ".turbo"), path.join(repoRoot, "apps/web/.turbo")]) {
    rmSync(p, { recursive: true, force: true });
  }
}

const t0 = performance.now();
const child = spawn("npm", ["start"], {
  cwd: repoRoot,
  env: { ...process.env, PORT: String(port), OPSDECK_DATA_DIR: dataDir, OPSDECK_PG_PORT: String(port + 1) },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});

async function firstOk(): Promise<number> {
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/login`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return performance.now() - t0;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const ms = await firstOk();
console.log(`npm start (${mode}): first 200 from /login after ${(ms / 1000).toFixed(1)} s`);
process.kill(-(child.pid as number), "SIGINT");
await new Promise((r) => child.on("exit", r));
