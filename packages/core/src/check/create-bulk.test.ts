import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../errors.ts";
import { expectAuditClean } from "../testing.ts";
import { createChecks } from "./create-bulk.ts";
import { type CheckSuite, checkSuite, ctxOf, HTTP_CONFIG } from "./test-fixtures.ts";

const http = (serviceId: string, n: number, extra: Record<string, unknown> = {}) => ({
  serviceId,
  name: `endpoint ${n}`,
  kind: "http",
  config: { url: `https://example.com/health/${n}` },
  intervalSeconds: 20,
  ...extra,
});

describe("createChecks", () => {
  let s: CheckSuite;
  beforeAll(async () => {
    s = await checkSuite();
  });
  afterAll(() => s.t.drop());

  const count = () => s.t.db.check.count();
  const audits = () => s.t.db.auditLog.count({ where: { action: "check.bulk_create" } });
  const refusal = (checks: unknown[]) =>
    createChecks({ db: s.t.db, ctx: ctxOf(s.responder), input: { checks } as never }).catch((e) => e);

  it("creates them all in the order sent, with one audit row naming them and heartbeat ping paths once", async () => {
    const other = await s.t.db.service.create({ data: { slug: "web", name: "Web" } });
    const checks = [
      ...Array.from({ length: 5 }, (_, n) => http(n % 2 ? other.id : s.serviceId, n)),
      { serviceId: s.serviceId, name: "nightly", kind: "heartbeat", config: { periodSeconds: 3600 } },
      http(s.serviceId, 9, { config: HTTP_CONFIG }),
    ];
    const out = await createChecks({ db: s.t.db, ctx: ctxOf(s.responder), input: { checks } });
    expect(out.created).toBe(7);
    expect(out.checks.map((c) => c.check.name)).toEqual(checks.map((c) => c.name));
    expect(out.checks[1]?.check.serviceId).toBe(other.id);
    const seqs = out.checks.map((c) => c.check.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const rows = await s.t.db.check.findMany({ where: { id: { in: out.checks.map((c) => c.check.id) } } });
    expect(rows.every((r) => r.shard === r.seq % 64 && r.state === "UNKNOWN")).toBe(true);
    expect(out.checks[5]?.pingPath).toMatch(/^\/api\/ping\/[\w-]{43}$/);
    expect(out.checks[0]?.pingPath).toBeNull();
    expect(out.checks[6]?.check.config).toMatchObject({ headers: { Authorization: "[redacted]" } });
    const audit = await s.t.db.auditLog.findFirstOrThrow({ where: { action: "check.bulk_create" } });
    expect(audit).toMatchObject({
      actorId: s.responder.id,
      targetType: "check",
      after: { count: 7, kinds: { HTTP: 6, HEARTBEAT: 1 }, services: 2 },
    });
    expect((audit.after as { checks: { id: string }[] }).checks.map((c) => c.id)).toEqual(
      out.checks.map((c) => c.check.id),
    );
    await expectAuditClean(s.t.db, ["sekrit-header-value", out.checks[5]?.pingPath?.slice(10) ?? "x"]);
    expect(await s.t.db.liveEvent.count({ where: { kind: "checks.changed" } })).toBe(1);
  });

  it("creates none when one item is invalid, naming each refused item by index and field", async () => {
    const [before, auditsBefore] = [await count(), await audits()];
    const checks = Array.from({ length: 6 }, (_, n) => http(s.serviceId, 100 + n));
    checks[3] = http(s.serviceId, 103, { config: { url: "not a url" } });
    checks[5] = http(s.serviceId, 105, { intervalSeconds: 5, name: "" });
    const err = await refusal(checks);
    expect(Object.keys(err.fieldErrors).sort()).toEqual([
      "checks.3.config.url",
      "checks.5.intervalSeconds",
      "checks.5.name",
    ]);
    expect(await count()).toBe(before);
    expect(await audits()).toBe(auditsBefore);
  });

  it("reports an unknown service with the item's index", async () => {
    const before = await count();
    const err = await refusal([http(s.serviceId, 200), http(s.serviceId, 201), http("no-such-service", 202)]);
    expect(err.fieldErrors).toEqual({ "checks.2.serviceId": ["No such service"] });
    expect(await count()).toBe(before);
  });

  it("creates none when a service is deleted between validation and the transaction", async () => {
    const doomed = await s.t.db.service.create({ data: { slug: "doomed", name: "Doomed" } });
    const before = await count();
    // The service goes just as the transaction starts, after every item was found valid.
    const racing = new Proxy(s.t.db, {
      get(target, prop, receiver) {
        if (prop !== "$transaction") return Reflect.get(target, prop, receiver);
        return async (...args: Parameters<typeof target.$transaction>) => {
          await target.service.delete({ where: { id: doomed.id } });
          return target.$transaction(...args);
        };
      },
    });
    const checks = [http(s.serviceId, 300), http(doomed.id, 301), http(s.serviceId, 302)];
    const err = await createChecks({ db: racing, ctx: ctxOf(s.responder), input: { checks } as never }).catch((e) => e);
    expect(err.fieldErrors).toEqual({ "checks.1.serviceId": ["No such service"] });
    expect(await count()).toBe(before);
  });

  it("refuses an empty call and more than 1,000 checks, and a viewer", async () => {
    expect((await refusal([])).fieldErrors).toEqual({ checks: ["Send at least one check"] });
    const many = Array.from({ length: 1001 }, (_, n) => http(s.serviceId, n));
    expect((await refusal(many)).fieldErrors).toEqual({ checks: ["Send at most 1000 checks per call"] });
    const viewer = createChecks({
      db: s.t.db,
      ctx: ctxOf(s.viewer),
      input: { checks: [http(s.serviceId, 1)] } as never,
    });
    await expect(viewer).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("creates 1,000 checks in one call, quickly", async () => {
    const before = await count();
    const checks = Array.from({ length: 1000 }, (_, n) => http(s.serviceId, 1000 + n));
    const started = performance.now();
    const out = await createChecks({ db: s.t.db, ctx: ctxOf(s.responder), input: { checks } as never });
    const ms = performance.now() - started;
    console.log(`createChecks: 1000 HTTP checks in ${ms.toFixed(0)} ms`);
    expect(out.created).toBe(1000);
    expect(await count()).toBe(before + 1000);
    expect(ms).toBeLessThan(5000);
  });
});
