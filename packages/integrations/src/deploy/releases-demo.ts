import { randomBytes } from "node:crypto";
import { appendFile, mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { switchCurrent } from "./releases-switch.ts";

const DEMO_RELEASES = [
  { ageHours: 72, branch: "main", author: "maria" },
  { ageHours: 26, branch: "main", author: "deploy-bot" },
  { ageHours: 2, branch: "main", author: "jonas" },
];

/**
 * Lays out a small Capistrano-style deploy root (three releases, `revisions.log`, `current` on
 * the newest) so the releases provider has something to show. Leaves a root that already has
 * releases alone. Returns the release names it created, oldest first (none when it left it alone).
 */
export async function createDemoReleases(root: string, now: Date = new Date()): Promise<string[]> {
  const releases = path.join(root, "releases");
  const existing = await readdir(releases).catch(() => []);
  if (existing.length > 0) return [];
  await mkdir(releases, { recursive: true });

  const names: string[] = [];
  for (const demo of DEMO_RELEASES) {
    const name = releaseName(new Date(now.getTime() - demo.ageHours * 3_600_000));
    const commit = randomBytes(20).toString("hex");
    const dir = path.join(releases, name);
    await mkdir(dir);
    await writeFile(path.join(dir, "REVISION"), `${commit}\n`);
    await writeFile(
      path.join(dir, "index.html"),
      `<!doctype html>\n<title>Demo app</title>\n<h1>Release ${name}</h1>\n<p>Commit ${commit.slice(0, 7)}</p>\n`,
    );
    await appendFile(
      path.join(root, "revisions.log"),
      `Branch ${demo.branch} (at ${commit}) deployed as release ${name} by ${demo.author}\n`,
    );
    names.push(name);
  }
  await switchCurrent(root, names[names.length - 1] as string);
  return names;
}

/** Capistrano's release name: the UTC time as YYYYMMDDHHMMSS. */
export function releaseName(at: Date): string {
  return at.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}
