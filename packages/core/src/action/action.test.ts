import { mkdtemp, readlink, rename, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDemoReleases } from "@opsdeck/integrations";
import type { TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, ValidationError } from "../errors.ts";
import { declareIncident } from "../incident/declare.ts";
import { generateKey, parseKey } from "../secrets/crypto.ts";
import { createService } from "../service/index.ts";
import { ctxOf, expectAuditClean, makeUser, type RoleSuite, roleSuite, type TestUser } from "../testing.ts";
import { approveActionRun } from "./approve.ts";
import { cancelActionRun } from "./cancel.ts";
import { dispatchQueuedRuns } from "./dispatch.ts";
import { executeActionRun } from "./execute.ts";
import { getActionRun } from "./get.ts";
import { listActionRuns } from "./list.ts";
import { reapActionRuns, STALE_AFTER_MS } from "./reap.ts";
import { requestAction } from "./request.ts";
import { createTarget, deleteTarget, updateTarget } from "./target-write.ts";

const key = parseKey(generateKey());
const deps = { secretKey: key, env: {} };

describe("one-click actions on a releases directory", () => {
  let s: RoleSuite;
  let t: TestDb;
  let root: string;
  let releases: string[];
  let targetId: string;
  let second: TestUser;

  beforeAll(async () => {
    s = await roleSuite();
    t = s.t;
    second = await makeUser(t.db, { role: "RESPONDER", name: "Second Person" });
    root = await mkdtemp(path.join(os.tmpdir(), "opsdeck-actions-"));
    releases = await createDemoReleases(root);
    const service = await createService({ db: t.db, ctx: ctxOf(s.admin), input: { name: "Shop", slug: "shop" } });
    const target = await createTarget({
      db: t.db,
      ctx: ctxOf(s.admin),
      key,
      input: { name: "shop releases", kind: "RELEASES", serviceId: service.id, config: { root } },
    });
    targetId = target.id;
  });
  afterAll(async () => {
    await t.drop();
    await rm(root, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await t.db.actionRun.deleteMany({});
    await t.db.target.update({ where: { id: targetId }, data: { requireApproval: false } });
    // every test starts with the newest release live
    await symlink(path.join("releases", releases[releases.length - 1] ?? ""), path.join(root, "current.reset"));
    await rename(path.join(root, "current.reset"), path.join(root, "current"));
  });

  const current = async () => path.basename(await readlink(path.join(root, "current")));
  const rollback = (who: TestUser, params: Record<string, unknown> = {}, idempotencyKey?: string) =>
    requestAction({ db: t.db, ctx: ctxOf(who), deps, input: { kind: "ROLLBACK", targetId, params, idempotencyKey } });
  const execute = (runId: string) => executeActionRun({ db: t.db, runId, workerId: "test-worker", deps });

  it("rolls back to the previous release: current switches, the run succeeds with a log, audit rows and live events", async () => {
    const newest = releases[releases.length - 1];
    const previous = releases[releases.length - 2];
    expect(await current()).toBe(newest);
    const run = await rollback(s.responder);
    expect(run.status).toBe("QUEUED");
    expect(run.summary).toContain(`${newest}`);
    expect(run.summary).toContain(`→ ${previous}`);
    expect(await execute(run.id)).toBe("SUCCEEDED");
    expect(await current()).toBe(previous);
    const done = await getActionRun({ db: t.db, ctx: ctxOf(s.viewer), input: { id: run.id } });
    expect(done.status).toBe("SUCCEEDED");
    expect(done.progress).toBe(1);
    expect(done.log.map((l) => l.line).join("\n")).toContain(`current now points at releases/${previous}`);
    expect(done.result?.to).toMatchObject({ id: previous });
    const audit = (await t.db.auditLog.findMany({ where: { targetId: run.id }, orderBy: { id: "asc" } })).map(
      (a) => a.action,
    );
    expect(audit).toEqual(["action.request", "action.start", "action.finish"]);
    const kinds = (await t.db.liveEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(["action.changed", "action.log", "action.progress", "action.finished"]),
    );
    // and back again to the newest, by id
    const back = await rollback(s.responder, { deploymentId: newest });
    expect(await execute(back.id)).toBe("SUCCEEDED");
    expect(await current()).toBe(newest);
    await expectAuditClean(t.db);
  });

  it("refuses viewers, unknown deployments and the live one", async () => {
    await expect(rollback(s.viewer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(rollback(s.responder, { deploymentId: "19990101000000" })).rejects.toBeInstanceOf(ValidationError);
    await expect(rollback(s.responder, { deploymentId: await current() })).rejects.toBeInstanceOf(ConflictError);
    expect(await t.db.actionRun.count()).toBe(0);
  });

  it("a double click (same idempotency key) makes one run; a second request while one is live is refused naming it", async () => {
    const [a, b] = await Promise.all([
      rollback(s.responder, {}, "click-0001"),
      rollback(s.responder, {}, "click-0001"),
    ]);
    expect(a.id).toBe(b.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    await expect(rollback(second)).rejects.toThrow(new RegExp(`Run #${a.number} \\(rollback, queued`));
    const results = await Promise.allSettled([rollback(second, {}, "tab-00001"), rollback(s.admin, {}, "tab-00002")]);
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    expect(await t.db.actionRun.count()).toBe(1);
  });

  it("two tabs racing without keys still make one run", async () => {
    const results = await Promise.allSettled([rollback(s.responder), rollback(second), rollback(s.admin)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.actionRun.count()).toBe(1);
  });

  it("under the two-person rule a rollback waits for someone else's approval, then runs", async () => {
    await updateTarget({ db: t.db, ctx: ctxOf(s.admin), key, input: { id: targetId, requireApproval: true } });
    const run = await rollback(s.responder);
    expect(run.status).toBe("AWAITING_APPROVAL");
    expect(run.expiresAt).not.toBeNull();
    expect(await execute(run.id)).toBeNull(); // not queued: a worker leaves it alone
    await expect(approveActionRun({ db: t.db, ctx: ctxOf(s.responder), input: { id: run.id } })).rejects.toThrow(
      /second person/,
    );
    await expect(approveActionRun({ db: t.db, ctx: ctxOf(s.viewer), input: { id: run.id } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const approved = await approveActionRun({ db: t.db, ctx: ctxOf(second), input: { id: run.id } });
    expect(approved.status).toBe("QUEUED");
    expect(approved.approvedBy?.id).toBe(second.id);
    expect(await execute(run.id)).toBe("SUCCEEDED");
  });

  it("an approval request nobody answers expires", async () => {
    await updateTarget({ db: t.db, ctx: ctxOf(s.admin), key, input: { id: targetId, requireApproval: true } });
    const run = await rollback(s.responder);
    const later = new Date(Date.parse(run.expiresAt ?? "") + 1000);
    expect(await reapActionRuns(t.db, later)).toEqual({ failed: 0, expired: 1 });
    expect((await t.db.actionRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe("EXPIRED");
    // the target is free again
    await updateTarget({ db: t.db, ctx: ctxOf(s.admin), key, input: { id: targetId, requireApproval: false } });
    expect((await rollback(s.responder)).status).toBe("QUEUED");
  });

  it("a queued run cancelled before a worker takes it never runs", async () => {
    const before = await current();
    const run = await rollback(s.responder);
    const cancelled = await cancelActionRun({ db: t.db, ctx: ctxOf(s.responder), input: { id: run.id } });
    expect(cancelled.status).toBe("CANCELLED");
    expect(await execute(run.id)).toBeNull();
    expect(await current()).toBe(before);
    await expect(cancelActionRun({ db: t.db, ctx: ctxOf(s.responder), input: { id: run.id } })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("a run whose worker died is marked failed by the reaper, and the target is free again", async () => {
    const run = await rollback(s.responder);
    const silentSince = new Date(Date.now() - STALE_AFTER_MS - 5_000);
    await t.db.actionRun.update({
      where: { id: run.id },
      data: { status: "RUNNING", startedAt: silentSince, heartbeatAt: silentSince, workerId: "gone" },
    });
    expect(await reapActionRuns(t.db)).toEqual({ failed: 1, expired: 0 });
    const failed = await getActionRun({ db: t.db, ctx: ctxOf(s.viewer), input: { id: run.id } });
    expect(failed.status).toBe("FAILED");
    expect(failed.error).toMatch(/stopped answering/);
    expect(failed.log.at(-1)?.line).toMatch(/^Failed:/);
    expect(await execute(run.id)).toBeNull();
    expect((await rollback(s.responder)).status).toBe("QUEUED");
  });

  it("links the service's open incident and notes start and end on its timeline", async () => {
    const incident = await declareIncident({
      db: t.db,
      ctx: ctxOf(s.responder),
      input: { title: "Bad deploy", severity: "P1", services: ["shop"] },
    });
    const run = await rollback(s.responder);
    expect(run.incident?.number).toBe(incident.number);
    await execute(run.id);
    const notes = await t.db.incidentEvent.findMany({
      where: { incidentId: incident.id, kind: "action" },
      orderBy: { at: "asc" },
    });
    expect(notes.map((n) => n.message)).toEqual([
      expect.stringMatching(/^Roll back #\d+ started: Roll back shop releases/),
      expect.stringMatching(/succeeded$/),
    ]);
  });

  it("dispatches each queued run to the job queue once", async () => {
    const run = await rollback(s.responder);
    const sent: string[] = [];
    const send = async (runId: string) => {
      sent.push(runId);
      return `job-${runId}`;
    };
    const counts = await Promise.all([dispatchQueuedRuns(t.db, send), dispatchQueuedRuns(t.db, send)]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(sent).toEqual([run.id]);
    expect(await dispatchQueuedRuns(t.db, send)).toBe(0);
  });

  it("lists runs by status and kind; deleting a target with a live run is refused", async () => {
    const run = await rollback(s.responder);
    expect(
      (await listActionRuns({ db: t.db, ctx: ctxOf(s.viewer), input: { status: "QUEUED" } })).map((r) => r.id),
    ).toEqual([run.id]);
    expect(await listActionRuns({ db: t.db, ctx: ctxOf(s.viewer), input: { kind: "BACKUP" } })).toEqual([]);
    await expect(deleteTarget({ db: t.db, ctx: ctxOf(s.admin), input: { id: targetId } })).rejects.toThrow(
      /still live/,
    );
  });

  it("target settings are validated per kind; only admins configure targets", async () => {
    await expect(
      createTarget({
        db: t.db,
        ctx: ctxOf(s.admin),
        key,
        input: { name: "bad", kind: "RELEASES", config: { root: "relative/dir" } },
      }),
    ).rejects.toMatchObject({ fieldErrors: { "config.root": ["Use an absolute path"] } });
    await expect(
      createTarget({
        db: t.db,
        ctx: ctxOf(s.admin),
        key,
        input: { name: "v", kind: "VERCEL", config: { projectId: "prj_1" } },
      }),
    ).rejects.toMatchObject({ fieldErrors: { credential: [expect.stringMatching(/Vercel access token/)] } });
    await expect(
      createTarget({
        db: t.db,
        ctx: ctxOf(s.admin),
        key,
        input: { name: "orphan", kind: "RELEASES", serviceId: "no-such-service", config: { root: "/srv/x" } },
      }),
    ).rejects.toMatchObject({ fieldErrors: { serviceId: ["No such service"] } });
    await expect(
      updateTarget({ db: t.db, ctx: ctxOf(s.admin), key, input: { id: targetId, serviceId: "no-such-service" } }),
    ).rejects.toMatchObject({ fieldErrors: { serviceId: ["No such service"] } });
    await expect(
      createTarget({
        db: t.db,
        ctx: ctxOf(s.responder),
        key,
        input: { name: "x", kind: "RELEASES", config: { root: "/srv/x" } },
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const v = await createTarget({
      db: t.db,
      ctx: ctxOf(s.admin),
      key,
      input: {
        name: "vercel prod",
        kind: "VERCEL",
        config: { projectId: "prj_1" },
        credential: "vercel-token-value-123",
      },
    });
    expect(v.hasCredential).toBe(true);
    expect(JSON.stringify(v)).not.toContain("vercel-token-value-123");
    await expectAuditClean(t.db, ["vercel-token-value-123"]);
    await deleteTarget({ db: t.db, ctx: ctxOf(s.admin), input: { id: v.id } });
    expect(await t.db.secret.count({ where: { name: `target.${v.id}` } })).toBe(0);
  });
});
