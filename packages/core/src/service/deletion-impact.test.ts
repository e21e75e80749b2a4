import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../errors.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { getServiceDeletionImpact } from "./deletion-impact.ts";
import { runbookTargets } from "../severity/policy.ts";

describe("getServiceDeletionImpact", () => {
  let s: RoleSuite;
  beforeAll(async () => {
    s = await roleSuite();
    const { t } = s;
    const service = await t.db.service.create({ data: { slug: "billing", name: "Billing" } });
    const other = await t.db.service.create({ data: { slug: "other", name: "Other" } });
    const check = (serviceId: string, name: string) =>
      t.db.check.create({ data: { serviceId, name, kind: "HTTP", config: { url: "https://example.com" } } });
    const [a, b, c] = await Promise.all([check(service.id, "a"), check(service.id, "b"), check(other.id, "c")]);
    const day = new Date("2026-11-01T00:00:00Z");
    const prev = new Date("2026-10-31T00:00:00Z");
    await t.db
      .$executeRaw`INSERT INTO "CheckRollup" ("checkSeq","period","bucketStart","count","upCount","degradedCount","latencySum","hist") VALUES
      (${a.seq}, 'DAY', ${day}, 100, 100, 0, 0, '{}'), (${a.seq}, 'DAY', ${prev}, 20, 20, 0, 0, '{}'),
      (${b.seq}, 'DAY', ${day}, 5, 5, 0, 0, '{}'), (${b.seq}, 'HOUR', ${day}, 5, 5, 0, 0, '{}'),
      (${c.seq}, 'DAY', ${day}, 999, 999, 0, 0, '{}')`;
    await t.db.incident.create({
      data: {
        title: "Slow",
        severity: "P3",
        ...runbookTargets("P3"),
        serviceId: service.id,
        services: { create: [{ serviceId: service.id }] },
      },
    });
  });
  afterAll(() => s.t.drop());

  it("counts the service's checks, the runs they recorded (day rollups only) and its incidents", async () => {
    const impact = await getServiceDeletionImpact({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: { serviceSlug: "billing" },
    });
    expect(impact).toEqual({ checks: 2, runs: 125, incidents: 1 });
  });

  it("counts nothing for a service without checks", async () => {
    await s.t.db.service.create({ data: { slug: "empty", name: "Empty" } });
    const impact = await getServiceDeletionImpact({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: { serviceSlug: "empty" },
    });
    expect(impact).toEqual({ checks: 0, runs: 0, incidents: 0 });
  });

  it("refuses a viewer and an unknown service", async () => {
    await expect(
      getServiceDeletionImpact({ db: s.t.db, ctx: ctxOf(s.viewer), input: { serviceSlug: "billing" } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      getServiceDeletionImpact({ db: s.t.db, ctx: ctxOf(s.responder), input: { serviceSlug: "nope" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
