import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordingIo, type RunIo } from "../run-io.ts";
import { localDirStorage } from "../storage/local-dir.ts";
import type { BackupStorage } from "../storage/types.ts";
import { backupDatabase, PG_DUMP_APPLICATION_NAME } from "./backup.ts";
import { inspectDatabase } from "./inspect.ts";
import { PgToolError } from "./pg-process.ts";
import { createSampleDatabase, SAMPLE_COUNTS, testServerUrl, withClient } from "./testing.ts";
import { verifyBackup } from "./verify.ts";

function pgDumpProcessesFor(database: string): string[] {
  const out = execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" });
  return out.split("\n").filter((l) => l.includes("pg_dump") && l.includes(database));
}

async function dumpSessions(): Promise<number> {
  return withClient(testServerUrl(), async (c) => {
    const { rows } = await c.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE starts_with(application_name, $1)",
      [PG_DUMP_APPLICATION_NAME],
    );
    return rows[0]?.n ?? -1;
  });
}

describe("backupDatabase", () => {
  let sample: Awaited<ReturnType<typeof createSampleDatabase>>;
  let root: string;
  let storage: BackupStorage;
  beforeAll(async () => {
    sample = await createSampleDatabase("bk");
    root = await mkdtemp(path.join(os.tmpdir(), "opsdeck-backup-"));
    storage = localDirStorage(root);
  });
  afterAll(async () => {
    await sample.drop();
    await rm(root, { recursive: true, force: true });
  });

  it("streams a custom-format dump into storage with its size, sha256 and row counts", async () => {
    const io = recordingIo();
    const record = await backupDatabase({ url: sample.url, storage, key: "bk/one.dump" }, io);
    const file = await readFile(path.join(root, "bk/one.dump"));
    expect(file.subarray(0, 5).toString()).toBe("PGDMP");
    expect(record.bytes).toBe(file.byteLength);
    expect((await storage.stat("bk/one.dump"))?.bytes).toBe(record.bytes);
    expect(record.sha256).toBe(createHash("sha256").update(file).digest("hex"));
    expect(record.tables).toEqual(SAMPLE_COUNTS);
    expect(record.countsInSnapshot).toBe(true);
    expect(record).toMatchObject({ key: "bk/one.dump", database: sample.name, serverVersion: { major: 15 } });
    expect(record.pgDumpVersion).toMatch(/^15\./);
    expect(record.sourceUrl).not.toContain(":postgres@");
    expect(io.fractions.at(-1)).toBe(1);
    expect(io.fractions.length).toBeGreaterThan(2);
    expect(io.fractions).toEqual([...io.fractions].sort((a, b) => a - b));
    expect(io.lines.join("\n")).not.toMatch(/:postgres@|PGPASSWORD/);
  });

  it("counts exactly the rows the archive holds while writes go on", async () => {
    let writing = true;
    let written = 0;
    const writer = withClient(sample.url, async (c) => {
      while (writing) {
        await c.query("INSERT INTO app.events (kind) SELECT 'late' FROM generate_series(1, 50)");
        await c.query("DELETE FROM orders WHERE id = (SELECT max(id) FROM orders)");
        written++;
      }
    });
    const record = await backupDatabase({ url: sample.url, storage, key: "bk/busy.dump" }, recordingIo()).finally(
      () => {
        writing = false;
      },
    );
    await writer;
    expect(written).toBeGreaterThan(0);
    expect(record.countsInSnapshot).toBe(true);
    const verified = await verifyBackup({ storage, backup: record, serverUrl: testServerUrl() }, recordingIo());
    expect(verified).toMatchObject({ ok: true, mismatches: [] });
    const now = await inspectDatabase(sample.url);
    expect(now.tables["app.events"]).toBeGreaterThan(record.tables["app.events"] ?? 0);
    await withClient(sample.url, (c) => c.query("DELETE FROM app.events WHERE kind = 'late'"));
  });

  it("stops pg_dump and leaves no file when aborted", async () => {
    const controller = new AbortController();
    const io: RunIo = { ...recordingIo(controller.signal), progress: () => controller.abort(new Error("cancelled")) };
    await expect(backupDatabase({ url: sample.url, storage, key: "bk/aborted.dump" }, io)).rejects.toThrow("cancelled");
    expect(await storage.stat("bk/aborted.dump")).toBeNull();
    expect((await readdir(path.join(root, "bk"))).filter((n) => n.includes("aborted"))).toEqual([]);
    expect(pgDumpProcessesFor(sample.name)).toEqual([]);
    for (let i = 0; i < 50 && (await dumpSessions()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await dumpSessions()).toBe(0);
  });

  it("fails with pg_dump's own words and leaves no file when pg_dump fails", async () => {
    const bin = path.join(root, "failing-bin");
    await mkdir(bin);
    await writeFile(
      path.join(bin, "pg_dump"),
      '#!/bin/sh\nif [ "$1" = --version ]; then echo "pg_dump (PostgreSQL) 99.1"; exit 0; fi\n' +
        'printf "PGDMP partial"\necho "pg_dump: error: query failed: ERROR:  out of disk in the test" >&2\nexit 1\n',
    );
    await chmod(path.join(bin, "pg_dump"), 0o755);
    const err = await backupDatabase(
      { url: sample.url, storage, key: "bk/failed.dump", binDir: bin },
      recordingIo(),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PgToolError);
    expect((err as Error).message).toBe(
      "pg_dump exited with status 1: pg_dump: error: query failed: ERROR:  out of disk in the test",
    );
    expect(await storage.stat("bk/failed.dump")).toBeNull();
  });

  it("keeps the password out of pg_dump's command line", async () => {
    const bin = path.join(root, "argv-bin");
    await mkdir(bin);
    const argvFile = path.join(root, "argv.txt");
    await writeFile(
      path.join(bin, "pg_dump"),
      `#!/bin/sh\nif [ "$1" = --version ]; then echo "pg_dump (PostgreSQL) 99.1"; exit 0; fi\necho "$@" > ${argvFile}\necho "$PGPASSWORD" >> ${argvFile}\n`,
    );
    await chmod(path.join(bin, "pg_dump"), 0o755);
    await backupDatabase({ url: sample.url, storage, key: "bk/argv.dump", binDir: bin }, recordingIo());
    const [argv, password] = (await readFile(argvFile, "utf8")).split("\n");
    expect(argv).toContain(`--dbname=dbname='${sample.name}'`);
    expect(argv).not.toContain(new URL(sample.url).password);
    expect(password).toBe(decodeURIComponent(new URL(sample.url).password));
  });
});
