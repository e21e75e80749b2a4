import { mkdtemp, readlink, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { requestAction } from "@opsdeck/core/action/request";
import { createTarget } from "@opsdeck/core/action/target-write";
import { generateKey, parseKey } from "@opsdeck/core/secrets/crypto";
import { ctxOf, makeUser } from "@opsdeck/core/testing";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { createDemoReleases } from "@opsdeck/integrations";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startWorker, stopWorkers, until } from "./worker-process.testing.ts";

afterEach(stopWorkers, 30_000);

/** One-click actions run by real worker processes through pg-boss. */
describe("worker: one-click actions", () => {
  let t: TestDb;
  let root: string;
  let releases: string[];
  const keyText = generateKey();
  const key = parseKey(keyText);
  beforeAll(async () => {
    t = await createTestDb();
    root = await mkdtemp(path.join(os.tmpdir(), "opsdeck-worker-actions-"));
    releases = await createDemoReleases(root);
  });
  afterAll(async () => {
    await t?.drop();
    await rm(root, { recursive: true, force: true });
  });
  const env = (id: string, extra: Record<string, string> = {}) => ({
    DATABASE_URL: t.url,
    WORKER_ID: id,
    WORKER_HEARTBEAT_SECONDS: "1",
    OPSDECK_SECRET_KEY: keyText,
    ...extra,
  });

  it("executes a queued rollback: current switches and the run succeeds", async () => {
    const admin = await makeUser(t.db, { role: "ADMIN" });
    const target = await createTarget({
      db: t.db,
      ctx: ctxOf(admin),
      key,
      input: { name: "site", kind: "RELEASES", config: { root } },
    });
    const w = startWorker(env("actions-a"));
    const run = await requestAction({
      db: t.db,
      ctx: ctxOf(admin),
      deps: { secretKey: key },
      input: { kind: "ROLLBACK", targetId: target.id },
    });
    const done = await until(
      "the run to finish",
      async () => {
        const r = await t.db.actionRun.findUniqueOrThrow({ where: { id: run.id } });
        return ["SUCCEEDED", "FAILED"].includes(r.status) && r;
      },
      w,
      60_000,
    );
    expect(done.status, `${done.error}\n${w.out()}`).toBe("SUCCEEDED");
    expect(done.jobId).not.toBeNull();
    expect(path.basename(await readlink(path.join(root, "current")))).toBe(releases[releases.length - 2]);
  }, 90_000);

  it("a worker killed mid-run: another worker marks the run failed within a minute", async () => {
    const admin = await makeUser(t.db, { role: "ADMIN" });
    // The restart command keeps the run busy long enough to kill its worker.
    const target = await createTarget({
      db: t.db,
      ctx: ctxOf(admin),
      key,
      input: { name: "slow site", kind: "RELEASES", config: { root } },
    });
    const a = startWorker(env("actions-doomed", { OPSDECK_RESTART_SLOW_SITE: "sleep 20" }));
    const run = await requestAction({
      db: t.db,
      ctx: ctxOf(admin),
      deps: { secretKey: key },
      input: { kind: "ROLLBACK", targetId: target.id, params: { deploymentId: releases[0] } },
    });
    await until(
      "the run to start",
      async () => (await t.db.actionRun.findUniqueOrThrow({ where: { id: run.id } })).status === "RUNNING",
      a,
      60_000,
    );
    a.proc.kill("SIGKILL");
    await a.exited;
    const killedAt = Date.now();
    const b = startWorker(env("actions-survivor"));
    const failed = await until(
      "the run to be marked failed",
      async () => {
        const r = await t.db.actionRun.findUniqueOrThrow({ where: { id: run.id } });
        return r.status === "FAILED" && r;
      },
      b,
      60_000,
    );
    expect(Date.now() - killedAt).toBeLessThan(60_000);
    expect(failed.error).toMatch(/stopped answering/);
    expect(await t.db.auditLog.count({ where: { targetId: run.id, action: "action.finish" } })).toBe(1);
  }, 120_000);
});
