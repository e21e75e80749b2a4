import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, ValidationError } from "../errors.ts";
import { expectAuditClean } from "../testing.ts";
import { createCheck } from "./create.ts";
import { type CheckSuite, checkSuite, ctxOf, HTTP_CONFIG } from "./test-fixtures.ts";

describe("createCheck", () => {
  let s: CheckSuite;
  beforeAll(async () => {
    s = await checkSuite();
  });
  afterAll(() => s.t.drop());

  it("creates an HTTP check with the probe's defaults, redacts header credentials and audits", async () => {
    const { check, pingPath } = await createCheck({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: {
        serviceId: s.serviceId,
        name: "Health",
        kind: "http",
        config: HTTP_CONFIG,
        intervalSeconds: 30,
        timeoutMs: 5000,
      },
    });
    expect(pingPath).toBeNull();
    expect(check).toMatchObject({
      kind: "HTTP",
      intervalSeconds: 30,
      timeoutMs: 5000,
      downAfter: 2,
      state: "UNKNOWN",
      paused: false,
    });
    expect(check.config).toMatchObject({
      url: HTTP_CONFIG.url,
      method: "GET",
      timeoutMs: 5000,
      headers: { Authorization: "[redacted]" },
    });
    const row = await s.t.db.check.findUniqueOrThrow({ where: { id: check.id } });
    expect(row.config).toMatchObject({ headers: { Authorization: "Bearer sekrit-header-value" } });
    expect(row.config).not.toHaveProperty("kind");
    const audit = await s.t.db.auditLog.findFirstOrThrow({ where: { action: "check.create", targetId: check.id } });
    expect(audit).toMatchObject({ actorId: s.responder.id, after: { name: "Health", kind: "HTTP" } });
    await expectAuditClean(s.t.db, ["sekrit-header-value"]);
  });

  it("gives a heartbeat check a secret token, shows its ping path once and keeps it out of audit", async () => {
    const { check, pingPath } = await createCheck({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: { serviceId: s.serviceId, name: "Nightly backup", kind: "HEARTBEAT", config: { periodSeconds: 300 } },
    });
    const token = pingPath?.replace("/api/ping/", "") ?? "";
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(check)).not.toContain(token);
    expect((await s.t.db.check.findUniqueOrThrow({ where: { id: check.id } })).heartbeatToken).toBe(token);
    await expectAuditClean(s.t.db, [token]);
  });

  it("reports config errors under config.*, other field errors beside them, and saves nothing", async () => {
    const before = await s.t.db.check.count();
    const err = await createCheck({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: {
        serviceId: s.serviceId,
        name: "",
        kind: "HTTP",
        config: { url: "nope" },
        intervalSeconds: 5,
        downAfter: 11,
      },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.fieldErrors).toMatchObject({
      name: ["Name the check"],
      intervalSeconds: ["Use at least 10 seconds"],
      downAfter: ["Use 1 to 10 failures"],
    });
    expect(err.fieldErrors["config.url"]?.[0]).toMatch(/^Invalid URL/);
    const bad = await createCheck({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: { serviceId: s.serviceId, name: "x", kind: "HTTP", config: { url: "nope" } },
    }).catch((e) => e);
    expect(bad.fieldErrors["config.url"]?.[0]).toMatch(/^Invalid URL/);
    const kind = await createCheck({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: { serviceId: s.serviceId, name: "x", kind: "SMTP" },
    }).catch((e) => e);
    expect(Object.keys(kind.fieldErrors)).toEqual(["kind"]);
    expect(await s.t.db.check.count()).toBe(before);
  });

  it("refuses a timeout not shorter than the interval, a missing secret and an unknown service", async () => {
    const input = {
      serviceId: s.serviceId,
      name: "x",
      kind: "HTTP",
      config: { url: "https://example.com" },
      intervalSeconds: 10,
      timeoutMs: 10_000,
    };
    const slow = await createCheck({ db: s.t.db, ctx: ctxOf(s.responder), input }).catch((e) => e);
    expect(slow.fieldErrors).toEqual({ timeoutMs: ["Use a timeout shorter than the interval (10 s)"] });
    const pg = await createCheck({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: { serviceId: "nope", name: "db", kind: "POSTGRES", config: { connectionSecret: "missing-db" } },
    }).catch((e) => e);
    expect(pg.fieldErrors).toEqual({
      "config.connectionSecret": ['No secret named "missing-db": add it under Secrets first'],
      serviceId: ["No such service"],
    });
  });

  it("waits at most half the interval unless given a timeout", async () => {
    const input = {
      serviceId: s.serviceId,
      name: "short",
      kind: "HTTP",
      config: { url: "https://example.com" },
      intervalSeconds: 10,
    };
    const { check } = await createCheck({ db: s.t.db, ctx: ctxOf(s.responder), input });
    expect(check.timeoutMs).toBe(5_000);
  });

  it("takes HTTP headers as Name: value lines and reports bad lines on config.headers", async () => {
    const input = {
      serviceId: s.serviceId,
      name: "lines",
      kind: "HTTP",
      config: { url: "https://example.com", headers: "X-Team: ops\n\nAccept: application/json" },
    };
    const { check } = await createCheck({ db: s.t.db, ctx: ctxOf(s.responder), input });
    expect(check.config.headers).toEqual({ "X-Team": "ops", Accept: "application/json" });
    const bad = { ...input, config: { url: "https://example.com", headers: "X-Team ops\nBad Name: x" } };
    const err = await createCheck({ db: s.t.db, ctx: ctxOf(s.responder), input: bad }).catch((e) => e);
    expect(err.fieldErrors["config.headers"]).toEqual([
      "Line 1: write it as Name: value (e.g. Authorization: Bearer …)",
    ]);
    expect(err.fieldErrors["config.headers.Bad Name"]?.[0]).toMatch(/^Header name "Bad Name" may only contain/);
  });

  it("lets a heartbeat check be evaluated every 10 s: it has no timeout to fit in the interval", async () => {
    const input = {
      serviceId: s.serviceId,
      name: "fast beat",
      kind: "HEARTBEAT",
      config: { periodSeconds: 60 },
      intervalSeconds: 10,
    };
    const { check } = await createCheck({ db: s.t.db, ctx: ctxOf(s.responder), input });
    expect(check.intervalSeconds).toBe(10);
  });

  it("refuses a viewer", async () => {
    const input = { serviceId: s.serviceId, name: "v", kind: "TCP", config: { host: "db.example.com", port: 5432 } };
    await expect(createCheck({ db: s.t.db, ctx: ctxOf(s.viewer), input })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await s.t.db.check.count({ where: { name: "v" } })).toBe(0);
  });
});
