import { randomBytes } from "node:crypto";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSecret } from "../secrets/store.ts";
import { DEMO_DB_SECRET, seedDemoChecks } from "./checks.ts";

const key = randomBytes(32);
const baseUrl = "http://127.0.0.1:3000";
const databaseUrl = "postgresql://opsdeck:s3cret-pw@127.0.0.1:5432/opsdeck";
const targetUrl = "http://127.0.0.1:3001/";

describe("seedDemoChecks", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("creates the Opsdeck and demo target services with their checks once", async () => {
    const r = await seedDemoChecks({ db: t.db, baseUrl, databaseUrl, secretKey: key, targetUrl });
    expect(r.services.map((s) => s.slug)).toEqual(["opsdeck", "demo-target"]);
    expect(r.checks.map((c) => c.name)).toEqual([
      "Web liveness",
      "Web readiness",
      "Ops database",
      "Backup heartbeat",
      "Demo target",
    ]);
    expect(r.secrets).toEqual([DEMO_DB_SECRET]);
    expect(r.appMetrics).toEqual(["demo-target"]);
    expect(
      await t.db.appMetricsEndpoint.findFirst({ select: { url: true, service: { select: { slug: true } } } }),
    ).toEqual({
      url: "http://127.0.0.1:3001/metrics",
      service: { slug: "demo-target" },
    });

    const checks = await t.db.check.findMany({ include: { service: { select: { slug: true, name: true } } } });
    const byName = Object.fromEntries(checks.map((c) => [c.name, c]));
    expect(byName["Web liveness"]).toMatchObject({
      kind: "HTTP",
      intervalSeconds: 30,
      config: { url: `${baseUrl}/api/healthz` },
      service: { slug: "opsdeck", name: "Opsdeck" },
    });
    expect(byName["Web readiness"]).toMatchObject({
      kind: "HTTP",
      intervalSeconds: 30,
      config: { url: `${baseUrl}/api/readyz` },
    });
    expect(byName["Ops database"]).toMatchObject({
      kind: "POSTGRES",
      intervalSeconds: 60,
      config: { connectionSecret: DEMO_DB_SECRET },
    });
    expect(byName["Backup heartbeat"]).toMatchObject({
      kind: "HEARTBEAT",
      config: { periodSeconds: 86_400, graceSeconds: 3_600 },
    });
    expect(byName["Backup heartbeat"]?.heartbeatToken).toBeTruthy();
    expect(byName["Demo target"]).toMatchObject({
      kind: "HTTP",
      intervalSeconds: 10,
      downAfter: 2,
      config: { url: targetUrl },
      service: { slug: "demo-target", name: "Demo target" },
    });
    expect(await t.db.service.findUniqueOrThrow({ where: { slug: "demo-target" } })).toMatchObject({
      autoIncidentSeverity: "P2",
    });
    // The database URL is not written into any check's config.
    expect(JSON.stringify(checks.map((c) => c.config))).not.toContain("s3cret-pw");
  });

  it("seals the database URL in a secret", async () => {
    const row = await t.db.secret.findUniqueOrThrow({ where: { name: DEMO_DB_SECRET } });
    expect(row.ciphertext).not.toBe(databaseUrl);
    expect(row.ciphertext).not.toContain("s3cret-pw");
    expect(await readSecret(t.db, key, DEMO_DB_SECRET)).toBe(databaseUrl);
  });

  it("records who created what in the audit log", async () => {
    const audit = await t.db.auditLog.findMany({ select: { actorId: true, actorLabel: true, action: true } });
    const actions = audit.map((a) => a.action);
    expect(actions.filter((a) => a === "service.create")).toHaveLength(2);
    expect(actions.filter((a) => a === "check.create")).toHaveLength(5);
    expect(actions.filter((a) => a === "secret.create")).toHaveLength(1);
    expect(audit.every((a) => a.actorId === null && a.actorLabel === "demo-seed")).toBe(true);
    expect(JSON.stringify(await t.db.auditLog.findMany())).not.toContain("s3cret-pw");
  });

  it("creates nothing on a second call and keeps the secret as it was", async () => {
    const before = await t.db.secret.findUniqueOrThrow({ where: { name: DEMO_DB_SECRET } });
    const audits = await t.db.auditLog.count();
    const again = await seedDemoChecks({
      db: t.db,
      baseUrl,
      databaseUrl: "postgresql://other@127.0.0.1/x",
      secretKey: key,
      targetUrl,
    });
    expect(again).toEqual({ services: [], checks: [], secrets: [], appMetrics: [] });
    expect(await t.db.check.count()).toBe(5);
    expect(await t.db.service.count()).toBe(2);
    expect(await t.db.auditLog.count()).toBe(audits);
    expect((await t.db.secret.findUniqueOrThrow({ where: { name: DEMO_DB_SECRET } })).ciphertext).toBe(
      before.ciphertext,
    );
  });

  it("adds only a missing check, and skips the demo target without a target URL", async () => {
    await t.db.check.deleteMany({ where: { name: "Web readiness" } });
    const r = await seedDemoChecks({ db: t.db, baseUrl, databaseUrl, secretKey: key });
    expect(r).toEqual({
      services: [],
      checks: [{ service: "opsdeck", name: "Web readiness", id: expect.any(String) }],
      secrets: [],
      appMetrics: [],
    });
    expect(await t.db.check.count()).toBe(5);
  });
});

describe("seedDemoChecks without a target URL on an empty database", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("creates only the Opsdeck service", async () => {
    const r = await seedDemoChecks({ db: t.db, baseUrl, databaseUrl, secretKey: key });
    expect(r.services.map((s) => s.slug)).toEqual(["opsdeck"]);
    expect(r.checks).toHaveLength(4);
    expect(await t.db.service.findUnique({ where: { slug: "demo-target" } })).toBeNull();
  });
});
