import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { beat } from "./heartbeat.ts";
import { getWorkerStatus } from "./worker-status.ts";

describe("getWorkerStatus", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  const now = new Date("2026-11-28T12:00:00.000Z");
  const worker = { id: "w1", hostname: "host", pid: 42, version: "0.1.0" };

  it("is not running before any worker has reported", async () => {
    expect(await getWorkerStatus({ db: t.db, now })).toEqual({
      running: false,
      lastSeenAt: null,
      maxAgeSeconds: 30,
      message: "no worker has reported a heartbeat",
    });
  });

  it("goes by the freshest worker, and says since when it is stale", async () => {
    await beat(t.db, worker, new Date(now.getTime() - 50_000));
    await beat(t.db, { ...worker, id: "w2", pid: 43 }, new Date(now.getTime() - 20_000));
    expect(await getWorkerStatus({ db: t.db, now })).toMatchObject({
      running: true,
      lastSeenAt: "2026-11-28T11:59:40.000Z",
      message: "worker host:43 seen 20 s ago",
    });
    const later = new Date(now.getTime() + 11_000);
    expect(await getWorkerStatus({ db: t.db, now: later })).toMatchObject({
      running: false,
      lastSeenAt: "2026-11-28T11:59:40.000Z",
      message: "last worker heartbeat 31 s ago (limit 30 s)",
    });
    expect((await getWorkerStatus({ db: t.db, now: later, maxAgeSeconds: 60 })).running).toBe(true);
  });
});
