import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordingIo } from "../run-io.ts";
import { localDirStorage } from "../storage/local-dir.ts";
import type { BackupStorage } from "../storage/types.ts";
import { backupDatabase } from "./backup.ts";
import { withDatabase } from "./connection.ts";
import { DatabaseExistsError, dropDatabase } from "./databases.ts";
import { inspectDatabase } from "./inspect.ts";
import { PgToolError } from "./pg-process.ts";
import type { BackupRecord } from "./record.ts";
import { restoreBackup, restoredDatabaseName } from "./restore.ts";
import { createSampleDatabase, databasesLike, SAMPLE_COUNTS, testServerUrl, withClient } from "./testing.ts";

describe("restoreBackup", () => {
  let sample: Awaited<ReturnType<typeof createSampleDatabase>>;
  let root: string;
  let storage: BackupStorage;
  let backup: BackupRecord;
  const made: string[] = [];
  beforeAll(async () => {
    sample = await createSampleDatabase("rs");
    root = await mkdtemp(path.join(os.tmpdir(), "opsdeck-restore-"));
    storage = localDirStorage(root);
    backup = await backupDatabase({ url: sample.url, storage, key: "rs/base.dump" }, recordingIo());
  });
  afterAll(async () => {
    for (const name of made) await dropDatabase(testServerUrl(), name);
    await sample.drop();
    await rm(root, { recursive: true, force: true });
  });

  it("restores into a new database by default, with the backup's row counts", async () => {
    const result = await restoreBackup({ storage, backup, url: testServerUrl() }, recordingIo());
    made.push(result.database);
    expect(result).toMatchObject({
      mode: "new-database",
      ok: true,
      mismatches: [],
      extraTables: [],
      tablesCompared: 3,
    });
    expect(result.database).toMatch(new RegExp(`^${sample.name}_restored_\\d{14}$`));
    expect(result.url).toContain(`/${result.database}`);
    expect(result.url).not.toContain(":postgres@");
    const restored = await inspectDatabase(withDatabase(testServerUrl(), result.database));
    expect(restored.tables).toEqual(SAMPLE_COUNTS);
  });

  it("restores under a given name and refuses a name that is taken", async () => {
    const name = `${sample.name}_copy`;
    const result = await restoreBackup(
      { storage, backup, url: testServerUrl(), mode: { kind: "new-database", database: name } },
      recordingIo(),
    );
    made.push(name);
    expect(result.database).toBe(name);
    await expect(
      restoreBackup(
        { storage, backup, url: testServerUrl(), mode: { kind: "new-database", database: name } },
        recordingIo(),
      ),
    ).rejects.toBeInstanceOf(DatabaseExistsError);
    expect((await inspectDatabase(withDatabase(testServerUrl(), name))).tables).toEqual(SAMPLE_COUNTS);
  });

  it("drops the new database when the restore fails half-way", async () => {
    // The archive's first 60%, recorded as written: its table of contents reads, its data ends early.
    const bytes = (await readFile(path.join(root, "rs/base.dump"))).subarray(0, Math.floor(backup.bytes * 0.6));
    await writeFile(path.join(root, "rs/short.dump"), bytes);
    const short = {
      ...backup,
      key: "rs/short.dump",
      bytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    };
    const name = `${sample.name}_broken`;
    const io = recordingIo();
    const err = await restoreBackup(
      { storage, backup: short, url: testServerUrl(), mode: { kind: "new-database", database: name } },
      io,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PgToolError);
    expect(io.lines).toContain(`Restore failed: dropping the half-restored database ${name}`);
    expect(await databasesLike(name)).toEqual([]);
  });

  it("drops the new database when aborted", async () => {
    const name = `${sample.name}_aborted`;
    const controller = new AbortController();
    const io = {
      ...recordingIo(controller.signal),
      progress: (f: number) => f > 0.05 && controller.abort(new Error("stop")),
    };
    await expect(
      restoreBackup({ storage, backup, url: testServerUrl(), mode: { kind: "new-database", database: name } }, io),
    ).rejects.toThrow("stop");
    expect(await databasesLike(name)).toEqual([]);
  });

  it("restores in place over changed data", async () => {
    const target = await createSampleDatabase("rs_target");
    try {
      await withClient(target.url, (c) =>
        c.query(
          "DELETE FROM orders WHERE id > 50000; INSERT INTO app.events (kind) SELECT 'new' FROM generate_series(1, 10)",
        ),
      );
      const io = recordingIo();
      const result = await restoreBackup({ storage, backup, url: target.url, mode: { kind: "in-place" } }, io);
      expect(result).toMatchObject({
        mode: "in-place",
        database: target.name,
        ok: true,
        mismatches: [],
        extraTables: [],
      });
      expect((await inspectDatabase(target.url)).tables).toEqual(SAMPLE_COUNTS);
      expect(io.lines.join("\n")).not.toContain(":postgres@");
    } finally {
      await target.drop();
    }
  });

  it("leaves the database exactly as it was when an in-place restore fails half-way", async () => {
    const target = await createSampleDatabase("rs_fail");
    try {
      // A view in another schema depends on orders: the restore's DROP TABLE orders fails after
      // it has already dropped constraints, indexes and other tables in the same transaction.
      await withClient(target.url, (c) =>
        c.query(`
          DELETE FROM orders WHERE id > 59000;
          UPDATE customers SET email = 'changed-' || email WHERE id <= 100;
          CREATE SCHEMA reports;
          CREATE VIEW reports.order_totals AS SELECT customer_id, total_cents FROM public.orders;
        `),
      );
      const before = await inspectDatabase(target.url);
      const io = recordingIo();
      const err = await restoreBackup({ storage, backup, url: target.url, mode: { kind: "in-place" } }, io).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(PgToolError);
      expect((err as Error).message).toMatch(/cannot drop table public\.orders because other objects depend on it/);
      expect(io.lines).toContain("Restore failed: the transaction was rolled back, the database is unchanged");
      const after = await inspectDatabase(target.url);
      expect(after.tables).toEqual(before.tables);
      expect(after.tables["public.orders"]).toBe(59_000);
      await withClient(target.url, async (c) => {
        const changed = await c.query("SELECT count(*)::int AS n FROM customers WHERE email LIKE 'changed-%'");
        expect(changed.rows[0].n).toBe(100);
        const fks = await c.query(
          "SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f' AND conrelid = 'orders'::regclass",
        );
        expect(fks.rows[0].n).toBe(1);
        const idx = await c.query("SELECT count(*)::int AS n FROM pg_indexes WHERE indexname = 'orders_customer'");
        expect(idx.rows[0].n).toBe(1);
        const view = await c.query("SELECT count(*)::int AS n FROM reports.order_totals");
        expect(view.rows[0].n).toBe(59_000);
      });
    } finally {
      await target.drop();
    }
  });

  it("names restored copies within PostgreSQL's 63-byte limit", () => {
    const at = new Date("2026-11-22T10:11:12Z");
    expect(restoredDatabaseName("app", at)).toBe("app_restored_20261122101112");
    expect(restoredDatabaseName("x".repeat(80), at).length).toBeLessThanOrEqual(63);
  });
});
