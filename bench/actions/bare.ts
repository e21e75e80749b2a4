import { spawn } from "node:child_process";

/** Runs a program to completion with output discarded, timed; throws on a non-zero exit. */
export function timed(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => {
      err = (err + d).slice(-2000);
    });
    child.once("error", reject);
    child.once("close", (code) =>
      code === 0 ? resolve(performance.now() - t0) : reject(new Error(`${file} exited with ${code}: ${err}`)),
    );
  });
}
