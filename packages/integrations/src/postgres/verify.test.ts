import { readFile, rm, writeFile, mkdtemp } from "node:fs/promises";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordingIo } from "../run-io.ts";
import { localDirStorage } from "../storage/local-dir.ts";
import type { BackupStorage } from "../storage/types.ts";
import { BackupCorruptError } from "./archive-check.ts";
import { backupDatabase } from "./backup.ts";
import { PgToolError } from "./pg-process.ts";
import type { BackupRecord } from "./record.ts";
import { createSampleDatabase, databasesLike, testServerUrl } from "./testing.ts";
import { verifyBackup } from "./verify.ts";

describe("verifyBackup", () => {
  let sample: Awaited<ReturnType<typeof createSampleDatabase>>;
  let root: string;
  let storage: BackupStorage;
  let backup: BackupRecord;
  beforeAll(async () => {
    sample = await createSampleDatabase("vf");
    root = await mkdtemp(path.join(os.tmpdir(), "opsdeck-verify-"));
    storage = localDirStorage(root);
    backup = await backupDatabase({ url: sample.url, storage, key: "vf/good.dump" }, recordingIo());
  });
  afterAll(async () => {
    await sample.drop();
    await rm(root, { recursive: true, force: true });
  });

  it("restores into a scratch database, finds every row, and drops it", async () => {
    const io = recordingIo();
    const result = await verifyBackup({ storage, backup, serverUrl: testServerUrl() }, io);
    expect(result).toMatchObject({ ok: true, tablesCompared: 3, mismatches: [], extraTables: [] });
    expect(result.tocEntries).toBeGreaterThan(10);
    expect(result.durationMs).toBeGreaterThan(0);
    expect(io.fractions.at(-1)).toBe(1);
    expect(await databasesLike("opsdeck_verify_")).toEqual([]);
  });

  it("reports tables whose counts differ from the backup's record", async () => {
    const skewed = { ...backup, tables: { ...backup.tables, "public.orders": 59_999, "public.gone": 5 } };
    const result = await verifyBackup({ storage, backup: skewed, serverUrl: testServerUrl() }, recordingIo());
    expect(result.ok).toBe(false);
    expect(result.mismatches).toEqual([
      { table: "public.orders", expected: 59_999, actual: 60_000 },
      { table: "public.gone", expected: 5, actual: null },
    ]);
  });

  it("rejects a file changed after it was written", async () => {
    const bytes = await readFile(path.join(root, "vf/good.dump"));
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    await writeFile(path.join(root, "vf/tampered.dump"), bytes);
    const err = await verifyBackup(
      { storage, backup: { ...backup, key: "vf/tampered.dump" }, serverUrl: testServerUrl() },
      recordingIo(),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupCorruptError);
    expect((err as Error).message).toMatch(/has sha256 [0-9a-f]{64}, but [0-9a-f]{64} was written/);
  });

  it("fails with pg_restore's words on an archive that was broken when written, and drops the scratch database", async () => {
    const bytes = (await readFile(path.join(root, "vf/good.dump"))).subarray(0, Math.floor(backup.bytes * 0.6));
    await writeFile(path.join(root, "vf/truncated.dump"), bytes);
    const truncated = {
      ...backup,
      key: "vf/truncated.dump",
      bytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    };
    const err = await verifyBackup({ storage, backup: truncated, serverUrl: testServerUrl() }, recordingIo()).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PgToolError);
    expect((err as Error).message).toMatch(/^pg_restore exited with status 1: .*pg_restore: error: /);
    expect(await databasesLike("opsdeck_verify_")).toEqual([]);
  });

  it("drops the scratch database when aborted", async () => {
    const controller = new AbortController();
    const io = {
      ...recordingIo(controller.signal),
      progress: (f: number) => f > 0.05 && controller.abort(new Error("stop")),
    };
    await expect(verifyBackup({ storage, backup, serverUrl: testServerUrl() }, io)).rejects.toThrow("stop");
    expect(await databasesLike("opsdeck_verify_")).toEqual([]);
  });
});
