import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPgTool, parseToolVersion, PgToolNotFoundError } from "./tools.ts";

async function fakeBinDir(root: string, name: string, version: string): Promise<string> {
  const dir = path.join(root, name);
  await mkdir(dir, { recursive: true });
  const script = path.join(dir, "pg_dump");
  await writeFile(script, `#!/bin/sh\necho "pg_dump (PostgreSQL) ${version}"\n`);
  await chmod(script, 0o755);
  return dir;
}

describe("findPgTool", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "opsdeck-tools-"));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("reads versions as the programs print them", () => {
    expect(parseToolVersion("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)")).toEqual({
      version: "15.18",
      major: 15,
    });
    expect(parseToolVersion("pg_restore (PostgreSQL) 9.6.24")).toEqual({ version: "9.6.24", major: 9 });
    expect(parseToolVersion("pg_dump (PostgreSQL) 17devel")).toEqual({ version: "17", major: 17 });
    expect(parseToolVersion("something else")).toBeNull();
  });

  it("finds the installed pg_dump 15 for a 15 server", async () => {
    const tool = await findPgTool("pg_dump", { minMajor: 15, reason: "test" });
    expect(tool).toMatchObject({ name: "pg_dump", major: 15 });
    expect(tool.version).toMatch(/^15\.\d+/);
  });

  it("skips a configured bin dir whose pg_dump is too old, and uses one that fits", async () => {
    const old = await fakeBinDir(root, "old", "12.4");
    const fromOld = await findPgTool("pg_dump", { minMajor: 15, reason: "test", binDir: old });
    expect(fromOld.path).not.toContain(root);
    expect(fromOld.major).toBe(15);
    const newer = await fakeBinDir(root, "newer", "17.2");
    const fromNewer = await findPgTool("pg_dump", { minMajor: 15, reason: "test", binDir: newer });
    expect(fromNewer).toMatchObject({ path: path.join(newer, "pg_dump"), version: "17.2", major: 17 });
  });

  it("picks the newest fitting one from the search directories", async () => {
    const a = await fakeBinDir(root, "a", "16.1");
    const b = await fakeBinDir(root, "b", "16.4");
    const tool = await findPgTool("pg_dump", { minMajor: 16, reason: "test", searchDirs: [a, b] });
    expect(tool.version).toBe("16.4");
  });

  it("names the server's version and every version found when none fits", async () => {
    const old = await fakeBinDir(root, "ancient", "12.4");
    const err = await findPgTool("pg_dump", {
      minMajor: 16,
      reason: "the server runs PostgreSQL 16.2",
      binDir: old,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PgToolNotFoundError);
    const message = (err as Error).message;
    expect(message).toContain("no pg_dump of major version 16 or newer: the server runs PostgreSQL 16.2");
    expect(message).toContain(`12.4 (${path.join(old, "pg_dump")})`);
    expect(message).toMatch(/15\.\d+ \(\/usr\/lib\/postgresql\/15\/bin\/pg_dump\)/);
  });
});
