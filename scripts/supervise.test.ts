// `npm start` keeps the stack up: real processes killed with SIGKILL, the way a crash or the OOM killer does it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { nextSlot } from "@opsdeck/core/check/slots";
import { createDb, type Db } from "@opsdeck/db";
import { embeddedUrl } from "@opsdeck/db/pg-config";
import { runningPostmaster } from "@opsdeck/db/postmaster";
import { repoRoot } from "@opsdeck/db/paths";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAINTENANCE_QUEUE } from "../apps/worker/src/jobs.ts";
import { resultSummary, seedChecks, startTarget } from "../apps/worker/src/scheduler/test-support.ts";
import { npmStarts, type Run, within } from "./lib/npm-start.ts";

const hasBuild = existsSync(path.join(repoRoot, "apps/web/.next/BUILD_ID"));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => null);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(200);
  }
}

const answers = async (url: string) => {
  const res = await fetch(url, { signal: AbortSignal.timeout(2_000) }).catch(() => null);
  return res?.ok === true;
};

/** Members of a process group that are still running; an orphan's zombie waits for init and does not count. */
function liveInGroup(pgid: number): string[] {
  const live: string[] = [];
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      // pid (comm) state ppid pgrp …; comm may hold spaces, so split after its closing parenthesis.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pgrp) === pgid && state !== "Z") live.push(`${pid} ${stat.slice(0, stat.lastIndexOf(")") + 1)}`);
    } catch {
      // gone meanwhile
    }
  }
  return live;
}

/** Nothing listens on the port any more. */
const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (err: NodeJS.ErrnoException) => resolve(err.code === "ECONNREFUSED"));
  });

/** Polls healthz every 250 ms until stopped; counts the polls that got no 200. */
function watchHealth(base: string) {
  let running = true;
  const tally = { polls: 0, failures: 0 };
  const loop = (async () => {
    while (running) {
      tally.polls++;
      if (!(await answers(`${base}/api/healthz`))) tally.failures++;
      await sleep(250);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return tally;
    },
  };
}

const pidOf = (run: Run, name: string): number => {
  const all = [...run.out().matchAll(new RegExp(`\\[opsdeck\\] ${name} (?:running|restarted) \\(pid (\\d+)\\)`, "g"))];
  const pid = Number(all.at(-1)?.[1]);
  if (!pid) throw new Error(`no pid logged for ${name}`);
  return pid;
};

describe.skipIf(!hasBuild)("npm start supervises", () => {
  const starts = npmStarts();
  let run: Run;
  let base: string;
  let db: Db;
  let target: Awaited<ReturnType<typeof startTarget>>;
  let seqs: number[];
  const figures: string[] = [];

  beforeAll(async () => {
    run = await starts.start({
      WORKER_HEARTBEAT_SECONDS: "1",
      WORKER_CHECK_POLL_MS: "500",
      WORKER_MIN_INTERVAL_MS: "1000",
    });
    await within(
      until("ready", 150_000, async () => run.out().includes("ready in")),
      150_000,
      "starting",
    );
    base = `http://127.0.0.1:${run.env.PORT}`;
    db = createDb(embeddedUrl(Number(run.env.OPSDECK_PG_PORT), "opsdeck"), 2);
    target = await startTarget();
    seqs = (await seedChecks(db, target.port, 3, 1)).map((c) => c.seq);
    await until("first results", 30_000, async () => (await resultSummary(db)).perCheck.size === seqs.length);
  }, 200_000);

  afterAll(async () => {
    console.log(`supervision figures:\n  ${figures.join("\n  ")}`);
    await db?.$disconnect();
    await target?.close();
    await starts.cleanup();
  }, 60_000);

  const newestResult = async () =>
    (await db.$queryRaw<{ at: Date | null }[]>`SELECT max(at) AS at FROM "CheckResult"`)[0]?.at?.getTime() ?? 0;

  it("restarts a killed worker: checks run again within 15 s, and web never stops answering", async () => {
    const health = watchHealth(base);
    const killedAt = Date.now();
    process.kill(pidOf(run, "worker"), "SIGKILL");
    await until("results from the restarted worker", 15_000, async () => {
      const beat = await db.workerHeartbeat.findFirst({ orderBy: { lastSeenAt: "desc" } });
      return (beat?.lastSeenAt.getTime() ?? 0) > killedAt && (await newestResult()) > killedAt;
    });
    const tally = await health.stop();
    figures.push(`worker kill -9 → checks running again after ${secs(Date.now() - killedAt)}`);
    expect(run.err()).toContain("worker exited unexpectedly (code 137); restarting in 0.5 s");
    expect(tally.failures).toBe(0);
    expect(tally.polls).toBeGreaterThan(4);
  }, 30_000);

  it("restarts a killed web server: answering again within 15 s", async () => {
    const killedAt = Date.now();
    process.kill(pidOf(run, "web"), "SIGKILL");
    await sleep(100);
    await until("healthz", 15_000, () => answers(`${base}/api/healthz`));
    figures.push(`web kill -9 → answering again after ${secs(Date.now() - killedAt)}`);
    expect(run.err()).toContain("web exited unexpectedly (code 137); restarting in 0.5 s");
  }, 30_000);

  it("restarts a killed PostgreSQL: ready again, buffered results written, web and worker not restarted", async () => {
    const pgDir = path.join(run.dataDir, "pg");
    const postmaster = Number(readFileSync(path.join(pgDir, "postmaster.pid"), "utf8").split("\n")[0]);
    const exits = (run.err().match(/exited unexpectedly/g) ?? []).length;
    const killedAt = Date.now();
    process.kill(postmaster, "SIGKILL");
    await until("the server gone", 5_000, async () => runningPostmaster(pgDir) !== postmaster);
    await until("readyz", 45_000, async () => (await fetch(`${base}/api/readyz`)).status === 200);
    const readyAt = Date.now();
    figures.push(`PostgreSQL kill -9 → readyz 200 again after ${secs(readyAt - killedAt)}`);
    // Results of the outage reach the table once the writer's backoff retries; then count what arrived.
    await until("results after the restart", 30_000, async () => (await newestResult()) > readyAt);
    await sleep(3_000);
    const from = killedAt - 5_000;
    const to = readyAt;
    const rows = await db.$queryRaw<{ seq: number; at: Date }[]>`
      SELECT DISTINCT "checkSeq" AS seq, at FROM "CheckResult" WHERE at >= ${new Date(from)} AND at < ${new Date(to)}`;
    let expected = 0;
    for (const seq of seqs) for (let s = nextSlot(seq, 1000, from - 1); s < to; s += 1000) expected++;
    const duringOutage = rows.filter((r) => r.at.getTime() >= killedAt).length;
    const { duplicates } = await resultSummary(db);
    figures.push(
      `PostgreSQL kill -9 → ${rows.length} of ${expected} scheduled results from ${secs(to - from)} around the outage written ` +
        `(${expected - rows.length} lost, ${duringOutage} buffered during it, ${duplicates} written twice)`,
    );
    expect(duringOutage).toBeGreaterThan(0);
    expect(run.out()).toContain("embedded PostgreSQL restarted");
    expect(run.err()).toMatch(/embedded PostgreSQL exited unexpectedly \(code \d+\); restarting in 0\.5 s/);
    expect((run.err().match(/exited unexpectedly/g) ?? []).length).toBe(exits + 1);

    // pg-boss reconnected too: a maintenance job sent now is done by the worker.
    const boss = new PgBoss({ connectionString: embeddedUrl(Number(run.env.OPSDECK_PG_PORT), "opsdeck"), schema: "pgboss", supervise: false, schedule: false, migrate: false });
    boss.on("error", () => {});
    await boss.start();
    try {
      const id = await boss.send(MAINTENANCE_QUEUE, {});
      await until("the maintenance job done", 20_000, async () => (await boss.getJobById(MAINTENANCE_QUEUE, id as string))?.state === "completed");
    } finally {
      await boss.stop({ graceful: false });
    }
  }, 150_000);

  it("SIGTERM stops web, worker and PostgreSQL, leaving no process behind", async () => {
    const pgDir = path.join(run.dataDir, "pg");
    const pids = [pidOf(run, "web"), pidOf(run, "worker"), runningPostmaster(pgDir)];
    await db.$disconnect();
    run.proc.kill("SIGTERM");
    expect(await within(run.exited, 40_000, "stopping")).toBe(0);
    for (const pid of pids) expect(() => process.kill(pid as number, 0), `pid ${pid}`).toThrow();
    expect(liveInGroup(run.proc.pid as number)).toEqual([]);
    expect(runningPostmaster(pgDir)).toBeNull();
    expect(await refused(Number(run.env.PORT))).toBe(true);
    expect(await refused(Number(run.env.OPSDECK_PG_PORT))).toBe(true);
    expect(run.out()).toContain("[opsdeck] stopped");
  }, 60_000);
});

describe.skipIf(!hasBuild)("npm start on a crash-looping worker", () => {
  const starts = npmStarts();
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await starts.cleanup();
    await t.drop();
  }, 60_000);

  it("gives up on the worker, says so, and keeps web serving", async () => {
    // A worker killed as soon as it starts (the OOM killer at work): every start is a fast crash.
    const run = await starts.start({ DATABASE_URL: t.url });
    const base = `http://127.0.0.1:${run.env.PORT}`;
    const killed = new Set<number>();
    await until("giving up", 90_000, async () => {
      if (run.err().includes("giving up")) return true;
      const pid = (() => {
        try {
          return pidOf(run, "worker");
        } catch {
          return null;
        }
      })();
      if (pid && !killed.has(pid)) {
        killed.add(pid);
        process.kill(pid, "SIGKILL");
      }
      return false;
    });
    expect(run.err()).toContain(
      "worker exited unexpectedly (code 137) and has crashed 5 times in a row within 30 s of starting: giving up, it stays down until opsdeck is restarted",
    );
    expect(run.err().match(/worker exited unexpectedly \(code 137\); restarting in/g)).toHaveLength(4);
    expect(await answers(`${base}/api/healthz`)).toBe(true);
    const ready = await fetch(`${base}/api/readyz`);
    expect(ready.status).toBe(503);
    expect((await ready.json()).worker.message).toMatch(/no worker has reported a heartbeat|heartbeat/);
    expect(run.proc.exitCode).toBeNull();
  }, 120_000);
});
