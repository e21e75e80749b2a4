import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestDb } from "@opsdeck/db/testing";
import { createSampleDatabase, SAMPLE_COUNTS, withClient } from "@opsdeck/integrations/postgres/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, ValidationError } from "../errors.ts";
import { generateKey, parseKey } from "../secrets/crypto.ts";
import { ctxOf, type RoleSuite, roleSuite, type TestUser } from "../testing.ts";
import { listBackups } from "./backups.ts";
import { executeActionRun } from "./execute.ts";
import { getActionRun } from "./get.ts";
import { requestAction } from "./request.ts";
import { requestScheduledBackups } from "./schedule.ts";
import { createTarget } from "./target-write.ts";

const key = parseKey(generateKey());
const deps = { secretKey: key, env: {} };
const ordersIn = (url: string) =>
  withClient(url, async (c) => Number((await c.query<{ n: string }>("SELECT count(*) AS n FROM orders")).rows[0]?.n));
const total = Object.values(SAMPLE_COUNTS).reduce((a, n) => a + n, 0);

/** Back up, verify and restore a 110,000-row database for real, through the same services the web and worker call. */
describe("backup, verify and restore as actions", () => {
  let s: RoleSuite;
  let t: TestDb;
  let sample: Awaited<ReturnType<typeof createSampleDatabase>>;
  let dir: string;
  let targetId: string;
  const made: string[] = [];
  beforeAll(async () => {
    s = await roleSuite();
    t = s.t;
    sample = await createSampleDatabase("opsdeck_actions");
    dir = await mkdtemp(path.join(os.tmpdir(), "opsdeck-backups-"));
    targetId = (
      await createTarget({
        db: t.db,
        ctx: ctxOf(s.admin),
        key,
        input: {
          name: "sample db",
          kind: "POSTGRES",
          config: { storageDir: dir, keepLast: 2 },
          credential: sample.url,
        },
      })
    ).id;
  }, 120_000);
  afterAll(async () => {
    for (const name of made)
      await withClient(sample.url.replace(/\/[^/]*$/, "/postgres"), (c) =>
        c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    await sample.drop();
    await t.drop();
    await rm(dir, { recursive: true, force: true });
  });
  const act = async (who: TestUser, kind: "BACKUP" | "VERIFY" | "RESTORE", params: Record<string, unknown> = {}) => {
    const r = await requestAction({ db: t.db, ctx: ctxOf(who), deps, input: { kind, targetId, params } });
    const status = await executeActionRun({ db: t.db, runId: r.id, workerId: "w", deps });
    return { status, run: await getActionRun({ db: t.db, ctx: ctxOf(s.viewer), input: { id: r.id } }) };
  };

  it("backs up with row counts, verifies (badge), restores into a new database, and keeps the last two files", async () => {
    const { status, run } = await act(s.responder, "BACKUP");
    expect(status, run.error ?? "").toBe("SUCCEEDED");
    expect(run.progress).toBe(1);
    const [backup] = await listBackups({ db: t.db, ctx: ctxOf(s.viewer), input: { id: targetId } });
    expect(backup?.rowCounts).toEqual(SAMPLE_COUNTS);
    expect(backup?.totalRows).toBe(total);
    expect(backup?.sizeBytes).toBeGreaterThan(100_000);
    expect(backup?.verifiedAt).toBeNull();

    const verified = await act(s.responder, "VERIFY", { backupId: backup?.id });
    expect(verified.status, verified.run.error ?? "").toBe("SUCCEEDED");
    const [after] = await listBackups({ db: t.db, ctx: ctxOf(s.viewer), input: { id: targetId } });
    expect(after?.verifiedAt).not.toBeNull();
    expect(after?.verification).toMatchObject({ ok: true, tablesCompared: 3 });

    const newDatabase = `opsdeck_restored_${Date.now()}`;
    made.push(newDatabase);
    const restored = await act(s.admin, "RESTORE", {
      backupId: backup?.id,
      mode: "new",
      newDatabase,
      confirm: sample.name,
    });
    expect(restored.status, restored.run.error ?? "").toBe("SUCCEEDED");
    expect(restored.run.log.map((l) => l.line).join("\n")).toContain(`point the application's DATABASE_URL at`);
    const url = sample.url.replace(/\/[^/?]*(\?|$)/, `/${newDatabase}$1`);
    expect(await ordersIn(url)).toBe(SAMPLE_COUNTS["public.orders"]);

    await act(s.responder, "BACKUP");
    await act(s.responder, "BACKUP");
    const all = await listBackups({ db: t.db, ctx: ctxOf(s.viewer), input: { id: targetId } });
    expect(all.filter((b) => !b.deletedAt)).toHaveLength(2);
    const files = (await readdir(path.join(dir, sample.name))).filter((f) => f.endsWith(".dump"));
    expect(files).toHaveLength(2);
  }, 180_000);

  it("restore needs an admin and the database's name typed exactly (the target names it)", async () => {
    expect((await t.db.target.findUniqueOrThrow({ where: { id: targetId } })).config).toMatchObject({
      database: sample.name,
    });
    const [backup] = await listBackups({ db: t.db, ctx: ctxOf(s.viewer), input: { id: targetId } });
    const params = { backupId: backup?.id, mode: "in-place", confirm: sample.name };
    await expect(
      requestAction({ db: t.db, ctx: ctxOf(s.responder), deps, input: { kind: "RESTORE", targetId, params } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      requestAction({
        db: t.db,
        ctx: ctxOf(s.admin),
        deps,
        input: { kind: "RESTORE", targetId, params: { ...params, confirm: "prod" } },
      }),
    ).rejects.toMatchObject({ fieldErrors: { "params.confirm": [expect.stringContaining(sample.name)] } });
    await expect(
      requestAction({ db: t.db, ctx: ctxOf(s.viewer), deps, input: { kind: "BACKUP", targetId } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      requestAction({ db: t.db, ctx: ctxOf(s.admin), deps, input: { kind: "ROLLBACK", targetId } }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("in place: takes a safety backup first, then brings back the backed-up rows", async () => {
    const [backup] = await listBackups({ db: t.db, ctx: ctxOf(s.viewer), input: { id: targetId } });
    await withClient(sample.url, (c) => c.query("DELETE FROM orders WHERE id % 2 = 0"));
    const { status, run } = await act(s.admin, "RESTORE", {
      backupId: backup?.id,
      mode: "in-place",
      confirm: sample.name,
    });
    expect(status, run.error ?? "").toBe("SUCCEEDED");
    expect(await ordersIn(sample.url)).toBe(SAMPLE_COUNTS["public.orders"]);
    const safety = await t.db.backup.findFirst({ where: { targetId, origin: "SAFETY" } });
    expect(safety?.rowCounts).toMatchObject({ "public.orders": SAMPLE_COUNTS["public.orders"] / 2 });
    expect(run.result?.safetyBackupId).toBe(safety?.id);
  }, 180_000);
});

describe("scheduled backups", () => {
  let s: RoleSuite;
  let t: TestDb;
  beforeAll(async () => {
    s = await roleSuite();
    t = s.t;
  });
  afterAll(() => t.drop());

  it("requests one backup per firing, as the system, and refuses a malformed schedule", async () => {
    await expect(
      createTarget({
        db: t.db,
        ctx: ctxOf(s.admin),
        key,
        input: {
          name: "bad",
          kind: "POSTGRES",
          config: { storageDir: "/tmp/x", schedule: "every day" },
          credential: "postgresql://x/y",
        },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    const created = new Date("2026-12-01T00:00:00Z");
    const target = await createTarget({
      db: t.db,
      ctx: ctxOf(s.admin),
      key,
      input: {
        name: "nightly",
        kind: "POSTGRES",
        config: { storageDir: "/tmp/opsdeck-nightly", schedule: "30 2 * * *" },
        credential: "postgresql://u@127.0.0.1/shop",
      },
    });
    await t.db.target.update({ where: { id: target.id }, data: { createdAt: created } });
    const at = (iso: string) => new Date(iso);
    const [first, again] = await Promise.all([
      requestScheduledBackups(t.db, deps, at("2026-12-02T02:31:00Z")),
      requestScheduledBackups(t.db, deps, at("2026-12-02T02:31:00Z")),
    ]);
    expect([...first, ...again]).toHaveLength(1);
    const run = await t.db.actionRun.findFirstOrThrow({ where: { targetId: target.id } });
    expect(run.requestedById).toBeNull();
    await t.db.actionRun.update({ where: { id: run.id }, data: { status: "SUCCEEDED" } });
    expect(await requestScheduledBackups(t.db, deps, at("2026-12-02T14:00:00Z"))).toEqual([]);
    expect(await requestScheduledBackups(t.db, deps, at("2026-12-03T02:30:00Z"))).toHaveLength(1);
    const audit = await t.db.auditLog.findFirst({
      where: { action: "action.request", targetId: { not: null } },
      orderBy: { id: "desc" },
    });
    expect(audit?.actorLabel).toBe("schedule");
  });
});
