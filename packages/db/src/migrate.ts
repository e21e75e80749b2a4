import { spawn } from "node:child_process";
import path from "node:path";
import { repoRoot } from "./paths.ts";

export type PrismaRun = { code: number; output: string };

/** Run the Prisma CLI offline (JS engine, fast exit) against `url`. */
export function runPrisma(args: string[], url: string, extraEnv: Record<string, string> = {}): Promise<PrismaRun> {
  const bin = path.join(repoRoot, "node_modules/.bin/prisma");
  const env = {
    ...process.env,
    ...extraEnv,
    DATABASE_URL: url,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    NODE_OPTIONS: `--require ${path.join(repoRoot, "scripts/prisma-fast-exit.cjs")}`,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => {
      output += d;
    });
    child.stderr.on("data", (d) => {
      output += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Apply pending migrations; throws with Prisma's own message when one fails. */
export async function migrateDeploy(url: string): Promise<string> {
  const run = await runPrisma(["migrate", "deploy"], url);
  if (run.code !== 0) throw new Error(`migrations failed:\n${run.output.trim()}`);
  return run.output;
}
