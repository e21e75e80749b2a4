import { freePort } from "@opsdeck/db/port";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startWorker, stopWorkers, until } from "./worker-process.testing.ts";

const within = <T>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)),
  ]);

const logLines = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as { level: string; msg: string; [k: string]: unknown });

const STACK = /^\s+at /m;

/** A port nothing listens on. */
const closedPort = freePort;

afterEach(stopWorkers, 30_000);

describe("worker process", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t?.drop());

  it("starts pg-boss on the database, beats, and on SIGTERM stops with code 0 and removes its heartbeat", async () => {
    const w = startWorker({ DATABASE_URL: t.url, WORKER_HEARTBEAT_SECONDS: "1", WORKER_ID: "test-worker" });
    const findBeat = () => t.db.workerHeartbeat.findUnique({ where: { id: "test-worker" } });

    const first = await until("the first heartbeat", findBeat, w);
    expect(first).toMatchObject({ id: "test-worker", pid: w.proc.pid, version: "0.1.0" });
    const later = await until(
      "the heartbeat to advance",
      async () => {
        const b = await findBeat();
        return b && b.lastSeenAt > first.lastSeenAt ? b : null;
      },
      w,
    );
    expect(later.startedAt).toEqual(first.startedAt);

    await until("worker started", async () => logLines(w.out()).some((l) => l.msg === "worker started"), w);
    const schemas = await t.db.$queryRaw<
      { name: string }[]
    >`SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name = 'pgboss'`;
    expect(schemas).toEqual([{ name: "pgboss" }]);
    const queues = await t.db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM pgboss.queue");
    expect(queues.map((q) => q.name)).toContain("maintenance.prune-heartbeats");

    w.proc.kill("SIGTERM");
    expect(await within(w.exited, 15_000, "stopping on SIGTERM")).toBe(0);
    expect(await findBeat()).toBeNull();
    const msgs = logLines(w.out()).map((l) => l.msg);
    expect(msgs).toContain("worker stopping");
    expect(msgs.at(-1)).toBe("worker stopped");
    expect(w.err()).toBe("");
  }, 60_000);

  it("stops with code 0 on SIGTERM while it is still retrying an unreachable database", async () => {
    const port = await closedPort();
    const w = startWorker({
      DATABASE_URL: `postgresql://u:p@127.0.0.1:${port}/opsdeck`,
      WORKER_ID: "test-worker-down",
    });
    await until(
      "a retry",
      async () => logLines(w.out()).some((l) => l.msg.startsWith("starting the job queue failed")),
      w,
    );
    w.proc.kill("SIGTERM");
    expect(await within(w.exited, 15_000, "stopping on SIGTERM")).toBe(0);
    expect(logLines(w.out()).at(-1)?.msg).toBe("worker stopped");
    expect(w.out() + w.err()).not.toMatch(STACK);
  }, 60_000);

  it("exits 1 naming DATABASE_URL when it is not set, without a stack trace", async () => {
    const w = startWorker({ WORKER_ID: "test-worker-noenv" });
    expect(await within(w.exited, 20_000, "exiting")).toBe(1);
    expect(w.err()).toContain("DATABASE_URL: is required but not set");
    expect(w.out() + w.err()).not.toMatch(STACK);
  }, 30_000);

  it("exits 1 naming each malformed variable", async () => {
    const w = startWorker({ DATABASE_URL: "mysql://u@db/opsdeck", WORKER_HEARTBEAT_SECONDS: "0" });
    expect(await within(w.exited, 20_000, "exiting")).toBe(1);
    expect(w.err()).toContain("DATABASE_URL: must be a postgresql:// URL");
    expect(w.err()).toMatch(/WORKER_HEARTBEAT_SECONDS: /);
    expect(w.out() + w.err()).not.toMatch(STACK);
  }, 30_000);
});
