import tls from "node:tls";
import type { CheckState, Db } from "@opsdeck/db";
import { createTestPki, daysFromNow, type TestPki } from "@opsdeck/probes/testing/certs";
import { start } from "@opsdeck/probes/testing/servers";
import { runTlsExpiryProbe } from "@opsdeck/probes/tls-expiry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nextState } from "../../check/state.ts";
import { ago, freshDbPerTest, makeService, MINUTE, NOW } from "./test-fixtures.ts";
import { tlsNotExpiring } from "./tls-not-expiring.ts";

const tlsCheck = (
  db: Db,
  serviceId: string,
  name: string,
  health: CheckState,
  config: Record<string, unknown>,
  o: { paused?: boolean; lastCheckedAt?: Date | null } = {},
) =>
  db.check.create({
    data: {
      serviceId,
      name,
      kind: "TLS",
      config: { port: 443, warnDays: 14, timeoutMs: 5000, ...config },
      state: o.paused ? "PAUSED" : health,
      health,
      paused: o.paused ?? false,
      lastCheckedAt: o.lastCheckedAt === undefined ? ago(5 * MINUTE) : o.lastCheckedAt,
    },
  });

describe("tls.not_expiring", () => {
  const t = freshDbPerTest();

  it("is unknown without TLS checks (paused ones aside)", async () => {
    const web = await makeService(t.db, "web", "Web");
    await tlsCheck(t.db, web.id, "cert", "DEGRADED", { host: "shop.example.com" }, { paused: true });
    expect(await tlsNotExpiring(t.db, NOW)).toMatchObject({ status: "unknown", summary: "No TLS checks", links: [] });
  });

  it("passes when every TLS check's probe found at least 14 days left, even under maintenance", async () => {
    const web = await makeService(t.db, "web", "Web");
    await tlsCheck(t.db, web.id, "cert", "UP", { host: "shop.example.com" });
    await tlsCheck(t.db, web.id, "api cert", "UP", { host: "api.example.com", warnDays: 30 });
    expect(await tlsNotExpiring(t.db, NOW)).toEqual({
      rule: "tls.not_expiring",
      status: "pass",
      summary: "2 TLS certificates with 14 days or more left",
      links: [{ label: "Web", href: "/services/web" }],
      evaluatedAt: NOW.toISOString(),
    });
  });

  it("fails naming the host of a certificate inside a warning window of 14 days or less", async () => {
    const [web, api] = await Promise.all([makeService(t.db, "web", "Web"), makeService(t.db, "api", "API")]);
    await tlsCheck(t.db, web.id, "cert", "DEGRADED", { host: "shop.example.com" });
    await tlsCheck(t.db, api.id, "cert", "DEGRADED", {
      host: "10.0.0.5",
      port: 8443,
      servername: "api.internal",
      warnDays: 7,
    });
    await tlsCheck(t.db, api.id, "other", "UP", { host: "ok.example.com" });
    const r = await tlsNotExpiring(t.db, NOW);
    expect(r).toMatchObject({
      status: "fail",
      summary:
        "2 certificates expiring: api.internal:8443 (under 7 days left, checked 5 min ago); " +
        "shop.example.com (under 14 days left, checked 5 min ago)",
      links: [
        { label: "API", href: "/services/api" },
        { label: "Web", href: "/services/web" },
      ],
    });
  });

  it("is unknown when the probe's verdict cannot answer: another window, a DOWN check, no result yet", async () => {
    const web = await makeService(t.db, "web", "Web");
    await tlsCheck(t.db, web.id, "a", "UP", { host: "narrow.example.com", warnDays: 7 });
    await tlsCheck(t.db, web.id, "b", "DEGRADED", { host: "wide.example.com", warnDays: 30 });
    await tlsCheck(t.db, web.id, "c", "DOWN", { host: "down.example.com" });
    await tlsCheck(t.db, web.id, "d", "UNKNOWN", { host: "new.example.com" }, { lastCheckedAt: null });
    const r = await tlsNotExpiring(t.db, NOW);
    expect(r.status).toBe("unknown");
    expect(r.summary).toBe(
      "4 certificates not judged: narrow.example.com (at least 7 days left: its warning window is under 14 days); " +
        "wide.example.com (under 30 days left: its warning window is over 14 days); " +
        "down.example.com (check DOWN: expired, untrusted or unreachable); new.example.com (not checked yet)",
    );
  });

  describe("through the probe's own verdict", () => {
    let pki: TestPki;
    const closers: (() => Promise<void>)[] = [];
    beforeAll(() => {
      pki = createTestPki();
    });
    afterAll(async () => {
      await Promise.all(closers.map((c) => c()));
      pki.dispose();
    });

    /** Serve a certificate with `days` left, probe it and store the outcome as the worker's writer does. */
    async function probedCheck(db: Db, serviceId: string, days: number) {
      const pair = pki.issue({
        commonName: "localhost",
        altNames: ["IP:127.0.0.1"],
        notBefore: daysFromNow(-1),
        notAfter: daysFromNow(days),
      });
      const server = await start(tls.createServer(pair, (socket) => socket.end()));
      closers.push(server.close);
      const config = { host: "127.0.0.1", port: server.port, warnDays: 14, caPem: pki.ca.cert, timeoutMs: 5000 };
      const result = await runTlsExpiryProbe(config);
      const out = nextState({
        prev: "UNKNOWN",
        prevHealth: "UNKNOWN",
        consecutiveFailures: 0,
        result: result.status,
        downAfter: 2,
        inMaintenance: false,
      });
      await tlsCheck(db, serviceId, `${days} d`, out.health, config);
    }

    it("fails with 14 days left and passes with 15", async () => {
      const web = await makeService(t.db, "web", "Web");
      await probedCheck(t.db, web.id, 14);
      expect(await tlsNotExpiring(t.db, NOW)).toMatchObject({ status: "fail" });
      await t.db.check.deleteMany();
      await probedCheck(t.db, web.id, 15);
      expect(await tlsNotExpiring(t.db, NOW)).toMatchObject({ status: "pass" });
    });
  });
});
