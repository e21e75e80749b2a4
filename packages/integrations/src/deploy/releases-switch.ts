import { randomBytes } from "node:crypto";
import { lstat, readFile, realpath, rename, symlink, unlink } from "node:fs/promises";
import path from "node:path";
import { ProviderError } from "./types.ts";

const RELEASE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Refuses anything but the plain name of a real directory inside `<root>/releases`:
 * no separators, no `..`, no symlinked release that could lead out of the root.
 */
export async function assertReleaseDir(root: string, id: string): Promise<void> {
  if (!RELEASE_NAME.test(id) || id.includes("..") || id.length > 200) {
    throw new ProviderError(`"${id.slice(0, 80)}" is not a release name: only letters, digits, ".", "_" and "-".`);
  }
  const releases = path.join(root, "releases");
  const stats = await lstat(path.join(releases, id)).catch(() => null);
  if (!stats) throw new ProviderError(`There is no release ${id} in ${releases}.`);
  if (stats.isSymbolicLink())
    throw new ProviderError(`Release ${id} is a symlink; only real release directories can go live.`);
  if (!stats.isDirectory()) throw new ProviderError(`Release ${id} is not a directory.`);
  const [real, realReleases] = await Promise.all([realpath(path.join(releases, id)), realpath(releases)]);
  if (path.dirname(real) !== realReleases) throw new ProviderError(`Release ${id} resolves outside ${releases}.`);
}

/** Deployer writes its user into `.dep/deploy.lock` while it deploys; switching then would race it. */
export async function assertNotLocked(root: string): Promise<void> {
  const holder = await readFile(path.join(root, ".dep", "deploy.lock"), "utf8").catch(() => null);
  if (holder === null) return;
  const who = holder.trim().slice(0, 80);
  throw new ProviderError(
    `A deploy is in progress${who ? ` (by ${who})` : ""}: .dep/deploy.lock exists. Try again when it is done, or run "dep deploy:unlock" if it died.`,
    null,
    true,
  );
}

/**
 * Points `<root>/current` at `releases/<id>` in one step: a new relative symlink under a
 * random name is renamed over `current`, so a reader finds either the old or the new release,
 * never no `current` at all.
 */
export async function switchCurrent(root: string, id: string): Promise<void> {
  const temporary = path.join(root, `current.${randomBytes(6).toString("hex")}`);
  try {
    await symlink(path.join("releases", id), temporary);
    await rename(temporary, path.join(root, "current"));
  } catch (err) {
    await unlink(temporary).catch(() => {});
    const code = (err as NodeJS.ErrnoException).code ?? "unknown error";
    throw new ProviderError(`Could not switch current to ${id} (${code}); current is unchanged.`);
  }
}
