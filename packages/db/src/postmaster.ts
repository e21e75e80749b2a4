import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The pid's arguments on Linux ([] once it has exited or is a zombie), or null where that cannot be told. */
function argsOf(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ENOENT" ? [] : null;
  }
}

/**
 * The pid of the postmaster running on `dataDir` per its postmaster.pid, or null. After a crash and
 * reboot that pid may name an unrelated process, which must be neither signalled nor trusted.
 */
export function runningPostmaster(dataDir: string): number | null {
  const dir = path.resolve(dataDir);
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  const args = argsOf(pid);
  // Without /proc (macOS) a live pid is taken at its word, as before.
  return args === null || args.includes(dir) ? pid : null;
}
