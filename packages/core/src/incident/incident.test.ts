import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../demo/seed.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import type { Ctx } from "../roles.ts";
import { getIncident } from "./get.ts";
import { listIncidents } from "./list.ts";
import { runbookTargets } from "../severity/policy.ts";

const now = new Date("2026-11-23T12:00:00.000Z");
const MIN = 60_000;
const viewer: Ctx = { actor: { id: "viewer", email: "viewer@example.com", role: "VIEWER" } };

describe("incident read services", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await seedDemo({ db: t.db, now });
  });
  afterAll(() => t.drop());

  it("lists open incidents by default, with SLA status", async () => {
    const open = await listIncidents({ db: t.db, ctx: viewer, now });
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      title: "Elevated API latency",
      severity: "P2",
      severityLabel: "P2 – Medium (minor impact)",
      status: "IDENTIFIED",
      service: { slug: "api", name: "API" },
      commander: null,
      detectedAt: new Date(now.getTime() - 95 * MIN).toISOString(),
      resolvedAt: null,
      postmortemId: null,
      sla: {
        responseDueAt: new Date(now.getTime() - 35 * MIN).toISOString(),
        responseBreached: true,
        resolveBreached: false,
        remainingMs: 24 * 60 * MIN - 95 * MIN,
      },
    });
  });

  it("computes SLA against the given clock", async () => {
    const later = new Date(now.getTime() + 24 * 60 * MIN);
    const [open] = await listIncidents({ db: t.db, ctx: viewer, now: later });
    expect(open?.sla).toMatchObject({ resolveBreached: true, remainingMs: -95 * MIN });
  });

  it("lists resolved incidents newest first, within their SLA", async () => {
    const resolved = await listIncidents({ db: t.db, ctx: viewer, input: { status: "resolved" }, now });
    expect(resolved.map((i) => [i.severity, i.title])).toEqual([
      ["P1", "Stripe webhook failures"],
      ["P3", "Product images broken on /shop"],
    ]);
    for (const i of resolved) expect(i.sla).toMatchObject({ responseBreached: false, resolveBreached: false });
    expect(resolved[0]?.sla.remainingMs).toBe(90 * MIN);
    expect(resolved[0]?.postmortemId).toEqual(expect.any(String));
    expect(resolved[1]?.postmortemId).toBeNull();
  });

  it("filters by severity and service", async () => {
    const p1 = await listIncidents({ db: t.db, ctx: viewer, input: { status: "all", severity: "P1" } });
    expect(p1.map((i) => i.title)).toEqual(["Stripe webhook failures"]);
    const some = await listIncidents({ db: t.db, ctx: viewer, input: { status: "all", severity: ["P2", "P3"] } });
    expect(some).toHaveLength(2);
    const [stripe] = p1;
    const byService = await listIncidents({
      db: t.db,
      ctx: viewer,
      input: { status: "all", serviceId: stripe?.service?.id },
    });
    expect(byService.map((i) => i.id)).toEqual([stripe?.id]);
    expect(await listIncidents({ db: t.db, ctx: viewer, input: { status: "all", limit: 1 } })).toHaveLength(1);
  });

  it("rejects bad filters with field errors", async () => {
    const bad = listIncidents({ db: t.db, ctx: viewer, input: { status: "closed" as never, severity: "P7" as never } });
    await expect(bad).rejects.toBeInstanceOf(ValidationError);
    await expect(bad).rejects.toMatchObject({
      fieldErrors: { status: expect.any(Array), severity: expect.any(Array) },
    });
    await expect(listIncidents({ db: t.db, ctx: viewer, input: { limit: 0 } })).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses a caller without a known role", async () => {
    const nobody = { actor: { id: "x", email: "x@example.com", role: "GUEST" } } as unknown as Ctx;
    await expect(listIncidents({ db: t.db, ctx: nobody })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getIncident({ db: t.db, ctx: nobody, input: { number: 1 } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("gets one incident with its timeline and postmortem", async () => {
    const [stripe] = await listIncidents({ db: t.db, ctx: viewer, input: { status: "all", severity: "P1" } });
    const detail = await getIncident({ db: t.db, ctx: viewer, input: { id: stripe?.id ?? "" }, now });
    expect(detail).toMatchObject({
      title: "Stripe webhook failures",
      status: "RESOLVED",
      postmortemId: stripe?.postmortemId,
    });
    expect(detail.summary).toContain("signature verification");
    expect(detail.events.map((e) => e.kind)).toEqual([
      "detected",
      "acknowledged",
      "note",
      "identified",
      "mitigated",
      "monitoring",
      "resolved",
    ]);
    expect(detail.events[0]).toEqual({
      id: expect.any(String),
      kind: "detected",
      message: expect.any(String),
      at: detail.detectedAt,
      author: null,
      data: null,
    });
    expect(detail.events.at(-1)?.at).toBe(detail.resolvedAt);
    const byNumber = await getIncident({
      db: t.db,
      ctx: viewer,
      input: { number: String(detail.number) as never },
      now,
    });
    expect(byNumber).toEqual(detail);
  });

  it("puts the most urgent open incident first", async () => {
    await t.db.incident.create({
      data: {
        title: "Checkout down",
        severity: "P0",
        ...runbookTargets("P0"),
        detectedAt: new Date(now.getTime() - 10 * MIN),
      },
    });
    const open = await listIncidents({ db: t.db, ctx: viewer, now });
    expect(open.map((i) => [i.severity, i.sla.responseBreached])).toEqual([
      ["P0", true],
      ["P2", true],
    ]);
  });

  it("gives NotFoundError for a missing incident", async () => {
    await expect(getIncident({ db: t.db, ctx: viewer, input: { id: "nope" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getIncident({ db: t.db, ctx: viewer, input: { number: 9999 } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getIncident({ db: t.db, ctx: viewer, input: {} as never })).rejects.toBeInstanceOf(ValidationError);
  });
});
