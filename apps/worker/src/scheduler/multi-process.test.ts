import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { nextSlot } from "@opsdeck/core/check/slots";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Behaviour, resultSummary, seedChecks, startTarget } from "./test-support.ts";

const ROOT = path.resolve(import.meta.dirname, "../../../..");
const TTL_MS = 3_000;
const RENEW_MS = 500;
const LIVE_WITHIN_MS = 3_000; // main.ts: 2 heartbeats + 1 s
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Worker = { id: string; proc: ChildProcess; lines: string[]; exited: Promise<number | null> };

function spawnWorker(id: string, url: string): Worker {
  const env = {
    ...process.env,
    DATABASE_URL: url,
    WORKER_ID: id,
    WORKER_HEARTBEAT_SECONDS: "1",
    WORKER_LEASE_TTL_MS: String(TTL_MS),
    WORKER_LEASE_RENEW_MS: String(RENEW_MS),
    WORKER_CHECK_POLL_MS: "500",
    WORKER_MIN_INTERVAL_MS: "1000",
  };
  const proc = spawn(process.execPath, ["--import", "tsx", "apps/worker/src/main.ts"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  proc.stdout?.on("data", (d: Buffer) => lines.push(...d.toString().split("\n").filter(Boolean)));
  proc.stderr?.on("data", (d: Buffer) => lines.push(...d.toString().split("\n").filter(Boolean)));
  return { id, proc, lines, exited: new Promise((resolve) => proc.on("exit", (code) => resolve(code))) };
}

describe("scheduler across worker processes", () => {
  let t: TestDb;
  let target: Awaited<ReturnType<typeof startTarget>>;
  let checks: Awaited<ReturnType<typeof seedChecks>>;
  const workers: Worker[] = [];
  const behaviours = new Map<number, Behaviour>();
  const marks: Record<string, number> = {};
  let troubled: number[] = [];
  const splits: Record<string, number[]> = {};

  /** Lease counts per live owner, polled until `done` holds (or the test times out). */
  async function waitForLeases(done: (counts: Map<string, number>) => boolean): Promise<number[]> {
    for (;;) {
      const rows = await t.db.$queryRaw<{ owner: string; n: number }[]>`
        SELECT "ownerId" AS owner, count(*)::int AS n FROM "ShardLease" WHERE "expiresAt" > now() GROUP BY 1`;
      const counts = new Map(rows.map((r) => [r.owner, r.n]));
      if (done(counts)) return [...counts.values()].sort((a, b) => a - b);
      await sleep(100);
    }
  }
  const total = (c: Map<string, number>) => [...c.values()].reduce((a, b) => a + b, 0);

  beforeAll(async () => {
    t = await createTestDb();
    target = await startTarget(behaviours);
    checks = await seedChecks(t.db, target.port, 40, 1);
    const [hang, reset] = await seedChecks(t.db, target.port, 2, 2);
    behaviours.set(hang?.seq ?? 0, "hang");
    behaviours.set(reset?.seq ?? 0, "reset");
    troubled = [hang?.seq ?? 0, reset?.seq ?? 0];

    workers.push(spawnWorker("a", t.url), spawnWorker("b", t.url));
    splits.two = await waitForLeases((c) => c.size === 2 && total(c) === 64 && Math.min(...c.values()) === 32);
    marks.twoFrom = Date.now() + 1_000;
    await sleep(4_000);
    marks.twoTo = Date.now();
    workers.push(spawnWorker("c", t.url));
    splits.three = await waitForLeases((c) => c.size === 3 && total(c) === 64 && Math.min(...c.values()) >= 20);
    marks.threeFrom = Date.now() + 1_000;
    await sleep(5_000);
    marks.threeTo = Date.now() - 2_000; // c's last second of results dies with it
    marks.kill = Date.now();
    workers[2]?.proc.kill("SIGKILL");
    splits.after = await waitForLeases((c) => c.size === 2 && total(c) === 64 && !c.has("c"));
    marks.takenOver = Date.now();
    await sleep(3_000);
    marks.end = Date.now();
    for (const w of workers.slice(0, 2)) w.proc.kill("SIGTERM");
    await Promise.all(workers.map((w) => w.exited));
    console.log("multi-process", { splits, takeoverMs: marks.takenOver - marks.kill });
  }, 80_000);

  afterAll(async () => {
    for (const w of workers) if (w.proc.exitCode === null) w.proc.kill("SIGKILL");
    await target?.close();
    await t?.drop();
  });

  /** Results per check between two instants, against the slots due in that span. */
  async function expectEverySlotOnce(from: number, to: number) {
    const rows = await t.db.$queryRaw<{ seq: number; n: number }[]>`
      SELECT "checkSeq" AS seq, count(*)::int AS n FROM "CheckResult"
      WHERE at >= ${new Date(from)}::timestamptz AND at < ${new Date(to)}::timestamptz GROUP BY 1`;
    const got = new Map(rows.map((r) => [r.seq, r.n]));
    for (const c of checks) {
      let due = 0;
      for (let s = nextSlot(c.seq, 1_000, from - 1); s < to; s += 1_000) due++;
      expect({ seq: c.seq, n: got.get(c.seq) ?? 0 }).toEqual({ seq: c.seq, n: due });
    }
  }

  it("splits the shards fairly: 32/32, then within 2 of each other", () => {
    expect(splits.two).toEqual([32, 32]);
    expect(splits.three?.reduce((a, b) => a + b)).toBe(64);
    expect(Math.max(...(splits.three ?? [])) - Math.min(...(splits.three ?? []))).toBeLessThanOrEqual(2);
  });

  it("runs each slot exactly once across processes while leases are stable", async () => {
    expect((await resultSummary(t.db)).duplicates).toBe(0);
    await expectEverySlotOnce(marks.twoFrom as number, marks.twoTo as number);
    await expectEverySlotOnce(marks.threeFrom as number, marks.threeTo as number);
  });

  it("takes over a killed worker's shards within TTL + renew + liveness + margin, and its checks continue", async () => {
    expect((marks.takenOver as number) - (marks.kill as number)).toBeLessThan(
      Math.max(TTL_MS, LIVE_WITHIN_MS) + RENEW_MS + 1_500,
    );
    await expectEverySlotOnce((marks.takenOver as number) + 1_000, marks.end as number);
  });

  it("does not let a hanging or resetting target delay other checks", async () => {
    const stopped = workers.slice(0, 2).map((w) => {
      const line = w.lines.find((l) => l.includes('"scheduler stopped"'));
      return JSON.parse(line ?? "{}") as { lagP50?: number; lagP99?: number };
    });
    console.log(
      "worker lag",
      stopped.map((s) => ({ p50: s.lagP50, p99: s.lagP99 })),
    );
    for (const s of stopped) expect(s.lagP99).toBeLessThan(250);
    const bad = await t.db.check.findMany({ where: { seq: { in: troubled } }, orderBy: { seq: "asc" } });
    expect(bad.map((c) => c.state)).toEqual(["DOWN", "DOWN"]);
    expect(bad[0]?.lastMessage).toMatch(/No answer .* within 1000 ms/);
  });
});
