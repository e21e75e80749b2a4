import { execFile } from "node:child_process";
import { access, constants, readdir, realpath } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type PgToolName = "pg_dump" | "pg_restore";

export interface PgTool {
  name: PgToolName;
  path: string;
  /** "15.18" */
  version: string;
  major: number;
}

export interface FindPgToolOptions {
  /** The lowest major version that will do: the server's (and, to read an archive, its pg_dump's). */
  minMajor: number;
  /** Shown in the error when nothing fits ("the server runs PostgreSQL 16.2"). */
  reason: string;
  /** A bin directory configured for this installation: a fitting tool there wins. */
  binDir?: string | null;
  /** The directories searched after binDir; the usual install places and PATH when omitted. */
  searchDirs?: string[];
}

export class PgToolNotFoundError extends Error {
  constructor(
    message: string,
    readonly found: PgTool[],
  ) {
    super(message);
    this.name = "PgToolNotFoundError";
  }
}

/** Where PostgreSQL client programs are installed by Debian/Ubuntu, source builds, Homebrew and PATH. */
export async function defaultSearchDirs(): Promise<string[]> {
  const globbed = async (parent: string, pattern: RegExp, sub: string) => {
    try {
      const names = (await readdir(parent)).filter((n) => pattern.test(n));
      names.sort((a, b) => versionOf(b) - versionOf(a));
      return names.map((n) => path.join(parent, n, sub));
    } catch {
      return [];
    }
  };
  return [
    ...(await globbed("/usr/lib/postgresql", /^\d+$/, "bin")),
    "/usr/local/pgsql/bin",
    ...(await globbed("/opt/homebrew/opt", /^postgresql(@\d+)?$/, "bin")),
    "/opt/homebrew/opt/libpq/bin",
    ...(await globbed("/usr/local/opt", /^postgresql(@\d+)?$/, "bin")),
    "/usr/local/opt/libpq/bin",
    ...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean),
  ];
}

function versionOf(dirName: string): number {
  return Number(dirName.match(/(\d+)$/)?.[1] ?? 0);
}

/** "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" → 15.18; "9.6.24" → major 9. */
export function parseToolVersion(output: string): { version: string; major: number } | null {
  const m = output.match(/\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?(?:\.(\d+))?/);
  if (!m) return null;
  const [, a, b, c] = m;
  const major = Number(a) >= 10 ? Number(a) : Number(`${a}.${b ?? 0}`);
  return { version: [a, b, c].filter((x) => x !== undefined).join("."), major: Math.floor(major) };
}

async function probe(name: PgToolName, dir: string): Promise<PgTool | null> {
  const file = path.join(dir, name);
  try {
    await access(file, constants.X_OK);
    const { stdout } = await run(file, ["--version"], { timeout: 10_000 });
    const v = parseToolVersion(stdout);
    return v ? { name, path: file, ...v } : null;
  } catch {
    return null;
  }
}

/** Every distinct copy of the program in `dirs`, in search order. */
export async function listPgTools(name: PgToolName, dirs: string[]): Promise<PgTool[]> {
  const probed = await Promise.all(dirs.map((d) => probe(name, d)));
  const seen = new Set<string>();
  const tools: PgTool[] = [];
  for (const t of probed) {
    if (!t) continue;
    const real = await realpath(t.path).catch(() => t.path);
    if (seen.has(real)) continue;
    seen.add(real);
    tools.push(t);
  }
  return tools;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The program to run against a server: a fitting one in the configured bin dir, otherwise the newest
 * fitting one in the usual places (pg_dump refuses servers newer than itself).
 */
export async function findPgTool(name: PgToolName, opts: FindPgToolOptions): Promise<PgTool> {
  const configured = opts.binDir ? await listPgTools(name, [opts.binDir]) : [];
  const fromConfig = configured.find((t) => t.major >= opts.minMajor);
  if (fromConfig) return fromConfig;
  const elsewhere = await listPgTools(name, opts.searchDirs ?? (await defaultSearchDirs()));
  const found = [...configured, ...elsewhere.filter((t) => !configured.some((c) => c.path === t.path))];
  const fitting = found.filter((t) => t.major >= opts.minMajor);
  fitting.sort((a, b) => compareVersions(b.version, a.version));
  if (fitting[0]) return fitting[0];
  const list = found.length ? found.map((t) => `${t.version} (${t.path})`).join(", ") : "none";
  throw new PgToolNotFoundError(
    `no ${name} of major version ${opts.minMajor} or newer: ${opts.reason}. Found: ${list}. ` +
      `Install the PostgreSQL ${opts.minMajor} client programs or configure the directory holding them.`,
    found,
  );
}
