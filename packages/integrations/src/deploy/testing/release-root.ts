import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** Test-only: a deploy root under the system temp directory, removed by `cleanup`. */
export async function tempRoot(): Promise<{ root: string; cleanup(): Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), "opsdeck-releases-"));
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** Adds `releases/<name>/` with an optional REVISION and mtime. */
export async function addRelease(
  root: string,
  name: string,
  opts: { revision?: string; mtime?: Date } = {},
): Promise<string> {
  const dir = path.join(root, "releases", name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "index.html"), `release ${name}\n`);
  if (opts.revision) await writeFile(path.join(dir, "REVISION"), `${opts.revision}\n`);
  if (opts.mtime) await utimes(dir, opts.mtime, opts.mtime);
  return dir;
}

/** Points `current` at `target` the way the deploy tools do (not atomically; only for set-up). */
export async function pointCurrent(root: string, target: string): Promise<void> {
  await rm(path.join(root, "current"), { force: true });
  await symlink(target, path.join(root, "current"));
}
