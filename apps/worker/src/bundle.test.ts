import { spawnSync } from "node:child_process";
import path from "node:path";
import { repoRoot } from "@opsdeck/db/paths";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startWorker, stopWorkers, until } from "./worker-process.testing.ts";

afterEach(stopWorkers, 30_000);

describe("worker bundle (what npm start runs after a build)", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t?.drop());

  it("builds, then runs on plain Node: beats through Prisma, starts pg-boss, runs a check, stops on SIGTERM", async () => {
    const built = spawnSync(process.execPath, ["--import", "tsx", "build.ts"], {
      cwd: path.join(repoRoot, "apps/worker"),
      encoding: "utf8",
    });
    expect(built.status, built.stderr).toBe(0);

    const service = await t.db.service.create({ data: { slug: "bundle", name: "Bundle" } });
    // Nothing listens on port 9 of the loopback: the check runs and comes back DOWN.
    const check = await t.db.check.create({
      data: {
        serviceId: service.id,
        name: "closed port",
        kind: "HTTP",
        config: { url: "http://127.0.0.1:9/" },
        intervalSeconds: 10,
        timeoutMs: 1000,
        downAfter: 1,
      },
    });
    const w = startWorker({ DATABASE_URL: t.url, WORKER_HEARTBEAT_SECONDS: "1", WORKER_ID: "bundle-worker" }, [
      "--max-semi-space-size=2",
      "--heap-growing-percent=20",
      "dist/main.mjs",
    ]);
    await until("the first heartbeat", () => t.db.workerHeartbeat.findUnique({ where: { id: "bundle-worker" } }), w);
    await until("worker started", async () => w.out().includes('"msg":"worker started"'), w);
    const ran = await until(
      "the check's first result",
      async () => {
        const c = await t.db.check.findUniqueOrThrow({ where: { id: check.id } });
        return c.lastCheckedAt ? c : null;
      },
      w,
      30_000,
    );
    expect(ran.state).toBe("DOWN");

    w.proc.kill("SIGTERM");
    expect(await w.exited).toBe(0);
    expect(w.err()).toBe("");
  }, 90_000);
});
