import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { freePort } from "@opsdeck/db/port";

const webDir = path.resolve(import.meta.dirname, "../..");

/** `secretKey` is the app's OPSDECK_SECRET_KEY, for arranging encrypted credentials it can read. */
export type AppServer = { base: string; secret: string; secretKey: Buffer; stop(): Promise<void>; logs(): string };

/** The built web app's server (server.ts) on a free port against `databaseUrl`, with no worker beside it. */
export async function startAppServer(databaseUrl: string): Promise<AppServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const secret = randomBytes(32).toString("base64");
  const secretKey = randomBytes(32);
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: secret,
    OPSDECK_SECRET_KEY: secretKey.toString("base64"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // The server `npm start` runs: Next.js behind the status page's front.
  const proc: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "server.ts", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: webDir,
      env: { ...env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  proc.stdout?.on("data", (d) => (output += d));
  proc.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<void>((r) => proc.on("exit", () => r()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`the web server exited early:\n${output}`);
    try {
      if ((await fetch(`${base}/api/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the web server did not answer within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    secret,
    secretKey,
    logs: () => output,
    async stop() {
      if (proc.exitCode === null) proc.kill("SIGTERM");
      await exited;
    },
  };
}
