import { withClient } from "@opsdeck/integrations/postgres/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, UpstreamError } from "../errors.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { terminateBackend } from "./terminate.ts";
import { addPostgresCheck, asRole, type Monitored, monitoredDatabase, plainRole } from "./test-fixtures.ts";

/** A connection holding a transaction open, as an application that forgot to commit would. */
async function openTransaction(url: string, application: string) {
  const c = new pg.Client({ connectionString: url, application_name: application });
  c.on("error", () => {});
  await c.connect();
  const { rows } = await c.query<{ pid: number; started: Date }>(
    "SELECT pg_backend_pid() AS pid, backend_start AS started FROM pg_stat_activity WHERE pid = pg_backend_pid()",
  );
  await c.query("BEGIN");
  await c.query("SELECT count(*) FROM items");
  const row = rows[0] as { pid: number; started: Date };
  return { client: c, pid: row.pid, backendStart: row.started.toISOString() };
}

const alive = (url: string, pid: number) =>
  withClient(url, async (c) => (await c.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [pid])).rowCount === 1);

describe("terminateBackend", () => {
  let s: RoleSuite;
  let shop: Monitored;
  let id: string;
  beforeAll(async () => {
    s = await roleSuite();
    shop = await monitoredDatabase("term");
    id = await addPostgresCheck(s.t.db, shop.url);
  });
  afterAll(async () => {
    await shop.drop();
    await s.t.drop();
  });

  const terminate = (user: RoleSuite["admin"], input: Record<string, unknown>) =>
    terminateBackend({ db: s.t.db, ctx: ctxOf(user), input: { id, ...input } as never, deps: {} });

  it("refuses a viewer and a responder, leaving the backend running and nothing audited", async () => {
    const tx = await openTransaction(shop.url, "held-by-app");
    try {
      await expect(terminate(s.viewer, { pid: tx.pid })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(terminate(s.responder, { pid: tx.pid })).rejects.toBeInstanceOf(ForbiddenError);
      expect(await alive(shop.url, tx.pid)).toBe(true);
      expect(await s.t.db.auditLog.count({ where: { action: "database.terminate_backend" } })).toBe(0);
    } finally {
      await tx.client.end().catch(() => {});
    }
  });

  it("an admin ends it: audited with what it was running, a live event, the client disconnected", async () => {
    const tx = await openTransaction(shop.url, "held-by-app");
    const r = await terminate(s.admin, { pid: tx.pid, backendStart: tx.backendStart });
    expect(r).toEqual({ pid: tx.pid, terminated: true, user: "postgres", application: "held-by-app" });
    expect(await alive(shop.url, tx.pid)).toBe(false);
    await expect(tx.client.query("SELECT 1")).rejects.toThrow();
    const audit = await s.t.db.auditLog.findFirstOrThrow({ where: { action: "database.terminate_backend" } });
    expect(audit).toMatchObject({ actorId: s.admin.id, targetType: "Database", targetId: id });
    expect(audit.before).toMatchObject({
      pid: tx.pid,
      application: "held-by-app",
      state: "idle in transaction",
      query: "SELECT count(*) FROM items",
    });
    expect(await s.t.db.liveEvent.count({ where: { kind: "database.changed" } })).toBe(1);
  });

  it("a second concurrent request for the same backend is refused; one audit row", async () => {
    const before = await s.t.db.auditLog.count({ where: { action: "database.terminate_backend" } });
    const tx = await openTransaction(shop.url, "twice");
    const results = await Promise.allSettled([
      terminate(s.admin, { pid: tx.pid }),
      terminate(s.admin, { pid: tx.pid }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(NotFoundError);
    expect(await s.t.db.auditLog.count({ where: { action: "database.terminate_backend" } })).toBe(before + 1);
  });

  it("leaves a reused pid alone and refuses an unknown one", async () => {
    const tx = await openTransaction(shop.url, "reused");
    try {
      const other = new Date(Date.parse(tx.backendStart) - 60_000).toISOString();
      await expect(terminate(s.admin, { pid: tx.pid, backendStart: other })).rejects.toBeInstanceOf(ConflictError);
      expect(await alive(shop.url, tx.pid)).toBe(true);
      await expect(terminate(s.admin, { pid: 2_000_000_000 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(terminate(s.admin, { pid: -1 })).rejects.toMatchObject({ fieldErrors: { pid: expect.any(Array) } });
    } finally {
      await tx.client.end().catch(() => {});
    }
  });

  it("says plainly when the monitoring role may not signal the backend, and audits nothing", async () => {
    const role = await plainRole();
    const tx = await openTransaction(shop.url, "superuser-app");
    try {
      const weak = await addPostgresCheck(s.t.db, asRole(shop.url, role.role, role.password), "As a plain role");
      const before = await s.t.db.auditLog.count();
      const err = await terminateBackend({
        db: s.t.db,
        ctx: ctxOf(s.admin),
        input: { id: weak, pid: tx.pid },
        deps: {},
      }).catch((e) => e);
      // It sees the superuser's backend without its details, so it tries; PostgreSQL refuses the signal.
      expect(err).toBeInstanceOf(UpstreamError);
      expect((err as Error).message).toContain("pg_signal_backend");
      expect(await alive(shop.url, tx.pid)).toBe(true);
      expect(await s.t.db.auditLog.count()).toBe(before);
    } finally {
      await tx.client.end().catch(() => {});
      await role.drop().catch(() => {});
    }
  });
});
