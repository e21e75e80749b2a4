import { open } from "node:fs/promises";
import path from "node:path";

/** What a deploy tool's own log says about one release. */
export interface ReleaseLogEntry {
  commit: string | null;
  author: string | null;
  /** The branch or ref that was deployed. */
  ref: string | null;
  /** ISO 8601, when the log has one. */
  createdAt: string | null;
}

/** Both logs only grow; the releases still on disk are near the end. */
const TAIL_BYTES = 64 * 1024;

// Capistrano 3 appends "Branch main (at 3f2a…) deployed as release 20240101120000 by alice" to <root>/revisions.log.
const CAPISTRANO_LINE = /^Branch (.+) \(at ([^)]*)\) deployed as release (\S+) by (.+)$/;

/**
 * Release metadata from Capistrano's `revisions.log` and Deployer's `.dep/releases_log`
 * (one JSON object a line: created_at, release_name, user, target), keyed by release name.
 * Missing or unreadable logs give an empty map: the release directories are the source of truth.
 */
export async function readReleaseLogs(root: string): Promise<Map<string, ReleaseLogEntry>> {
  const entries = new Map<string, ReleaseLogEntry>();
  for (const line of await tailLines(path.join(root, "revisions.log"))) {
    const match = CAPISTRANO_LINE.exec(line);
    if (!match) continue;
    const [, ref, sha, release, user] = match;
    if (!release) continue;
    entries.set(release, { commit: sha || null, author: user ?? null, ref: ref ?? null, createdAt: null });
  }
  for (const line of await tailLines(path.join(root, ".dep", "releases_log"))) {
    const entry = parseDeployerLine(line);
    if (entry) entries.set(entry.release, entry.meta);
  }
  return entries;
}

function parseDeployerLine(line: string): { release: string; meta: ReleaseLogEntry } | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  const release = text(record.release_name);
  if (!release) return null;
  const created = text(record.created_at);
  const createdMs = created ? Date.parse(created) : Number.NaN;
  return {
    release,
    meta: {
      commit: text(record.revision),
      author: text(record.user),
      ref: text(record.target),
      createdAt: Number.isNaN(createdMs) ? null : new Date(createdMs).toISOString(),
    },
  };
}

function text(value: unknown): string | null {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

async function tailLines(file: string): Promise<string[]> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, "r");
  } catch {
    return [];
  }
  try {
    const { size } = await handle.stat();
    const start = Math.max(0, size - TAIL_BYTES);
    const buffer = Buffer.alloc(size - start);
    await handle.read(buffer, 0, buffer.length, start);
    const lines = buffer.toString("utf8").split("\n");
    if (start > 0) lines.shift();
    return lines.map((line) => line.trim()).filter(Boolean);
  } finally {
    await handle.close();
  }
}
