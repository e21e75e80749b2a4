import { lstat, open, readdir, readlink, realpath } from "node:fs/promises";
import path from "node:path";
import type { Deployment } from "./types.ts";
import { type ReleaseLogEntry, readReleaseLogs } from "./releases-log.ts";

const TIMESTAMP_NAME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const INTEGER_NAME = /^\d+$/;

interface ReleaseDir {
  name: string;
  mtimeMs: number;
}

/** The release directories under `<root>/releases`, newest first, as deployments. */
export async function readReleases(root: string, signal?: AbortSignal): Promise<Deployment[]> {
  const dirs = await releaseDirs(root);
  signal?.throwIfAborted();
  const [logs, live] = await Promise.all([readReleaseLogs(root), currentReleaseName(root)]);
  const deployments: Deployment[] = [];
  for (const dir of sortNewestFirst(dirs)) {
    signal?.throwIfAborted();
    deployments.push(await toDeployment(root, dir, logs.get(dir.name), dir.name === live));
  }
  return deployments;
}

/**
 * The release `<root>/current` points at, or null when it is missing or points outside
 * `<root>/releases`. Capistrano writes an absolute link, Deployer a relative one.
 */
export async function currentReleaseName(root: string): Promise<string | null> {
  let link: string;
  try {
    link = await readlink(path.join(root, "current"));
  } catch {
    return null;
  }
  const target = path.resolve(root, link);
  const releases = path.resolve(root, "releases");
  if (path.dirname(target) === releases) return path.basename(target);
  // An absolute link written through another path to the same directory (/var/www -> /srv/www).
  try {
    const [realParent, realReleases] = await Promise.all([realpath(path.dirname(target)), realpath(releases)]);
    return realParent === realReleases ? path.basename(target) : null;
  } catch {
    return null;
  }
}

async function releaseDirs(root: string): Promise<ReleaseDir[]> {
  const releases = path.join(root, "releases");
  let names: string[];
  try {
    names = await readdir(releases);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
  const dirs: ReleaseDir[] = [];
  for (const name of names) {
    if (name.startsWith(".")) continue;
    const stats = await lstat(path.join(releases, name)).catch(() => null);
    // Only real directories: a symlink in releases/ could lead anywhere.
    if (stats?.isDirectory()) dirs.push({ name, mtimeMs: stats.mtimeMs });
  }
  return dirs;
}

/** Capistrano's UTC timestamps and Deployer's counters sort by name; anything else by mtime. */
export function sortNewestFirst<T extends ReleaseDir>(dirs: T[]): T[] {
  const byName = (a: T, b: T) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0);
  if (dirs.every((d) => timestampFromName(d.name) !== null)) return [...dirs].sort(byName);
  if (dirs.every((d) => INTEGER_NAME.test(d.name))) {
    return [...dirs].sort((a, b) => (BigInt(b.name) > BigInt(a.name) ? 1 : BigInt(b.name) < BigInt(a.name) ? -1 : 0));
  }
  return [...dirs].sort((a, b) => b.mtimeMs - a.mtimeMs || byName(a, b));
}

/** `20240131235959` as a UTC instant, or null when the name is not a valid timestamp. */
export function timestampFromName(name: string): Date | null {
  const match = TIMESTAMP_NAME.exec(name);
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const roundTrips =
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi;
  return roundTrips ? date : null;
}

async function toDeployment(
  root: string,
  dir: ReleaseDir,
  log: ReleaseLogEntry | undefined,
  live: boolean,
): Promise<Deployment> {
  const releasePath = path.join(root, "releases", dir.name);
  const [revision, bad] = await Promise.all([
    readSmallFile(path.join(releasePath, "REVISION")),
    lstat(path.join(releasePath, "BAD_RELEASE")).then(
      () => true,
      () => false,
    ),
  ]);
  const createdAt = timestampFromName(dir.name)?.toISOString() ?? log?.createdAt ?? new Date(dir.mtimeMs).toISOString();
  return {
    id: dir.name,
    commit: revision ?? log?.commit ?? null,
    message: log?.ref ? `deployed from ${log.ref}` : null,
    author: log?.author ?? null,
    createdAt,
    // Deployer marks a release it rolled back from with a BAD_RELEASE file.
    state: live ? "live" : bad ? "bad" : "inactive",
    live,
    url: null,
  };
}

/** The first line of a small text file (REVISION holds one commit), or null. */
async function readSmallFile(file: string): Promise<string | null> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, "r");
  } catch {
    return null;
  }
  try {
    const buffer = Buffer.alloc(256);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const first = buffer.subarray(0, bytesRead).toString("utf8").split("\n")[0]?.trim();
    return first ? first : null;
  } finally {
    await handle.close();
  }
}
