import { mkdtemp, readlink, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDb } from "@opsdeck/db";
import type { TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeActionRun } from "../action/execute.ts";
import { requestAction } from "../action/request.ts";
import { generateKey, parseKey } from "../secrets/crypto.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { DEMO_DATABASE_TARGET, DEMO_RELEASES_TARGET, DEMO_SHOP_DATABASE, seedDemoTargets } from "./targets.ts";

const key = parseKey(generateKey());
const deps = { secretKey: key, env: {} };

describe("the demo's action targets", () => {
  let s: RoleSuite;
  let t: TestDb;
  let dataDir: string;
  beforeAll(async () => {
    s = await roleSuite();
    t = s.t;
    dataDir = await mkdtemp(path.join(os.tmpdir(), "opsdeck-demo-targets-"));
  });
  afterAll(async () => {
    await t.drop();
    const admin = createDb(t.url.replace(/\/[^/?]+(\?|$)/, "/postgres$1"), 1);
    await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${DEMO_SHOP_DATABASE} WITH (FORCE)`);
    await admin.$disconnect();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("creates a releases directory and a shop database once, and both work for real", async () => {
    expect(await seedDemoTargets({ db: t.db, dataDir, serverUrl: t.url, secretKey: key })).toEqual([
      DEMO_RELEASES_TARGET,
      DEMO_DATABASE_TARGET,
    ]);
    expect(await seedDemoTargets({ db: t.db, dataDir, serverUrl: t.url, secretKey: key })).toEqual([]);
    const releases = await t.db.target.findUniqueOrThrow({ where: { name: DEMO_RELEASES_TARGET } });
    const database = await t.db.target.findUniqueOrThrow({ where: { name: DEMO_DATABASE_TARGET } });
    const run = async (targetId: string, kind: "ROLLBACK" | "BACKUP") => {
      const r = await requestAction({ db: t.db, ctx: ctxOf(s.responder), deps, input: { kind, targetId } });
      return executeActionRun({ db: t.db, runId: r.id, workerId: "w", deps });
    };
    const before = await readlink(path.join(dataDir, "demo-releases", "current"));
    expect(await run(releases.id, "ROLLBACK")).toBe("SUCCEEDED");
    expect(await readlink(path.join(dataDir, "demo-releases", "current"))).not.toBe(before);
    expect(await run(database.id, "BACKUP")).toBe("SUCCEEDED");
    const backup = await t.db.backup.findFirstOrThrow({ where: { targetId: database.id } });
    expect(backup.rowCounts).toEqual({
      "public.customers": 2000,
      "public.products": 200,
      "public.orders": 10000,
      "public.order_lines": 30000,
    });
  }, 60_000);
});
