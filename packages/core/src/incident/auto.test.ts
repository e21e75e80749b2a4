import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemCtx } from "../roles.ts";
import { applyCheckChangesToIncidents, type CheckChange } from "./auto.ts";
import { reopenIncident } from "./reopen.ts";
import { resolveIncident } from "./resolve.ts";
import { ConflictError } from "../errors.ts";

const t0 = Date.parse("2026-11-23T14:00:00.000Z");
const MIN = 60_000;
const worker = systemCtx("worker");

describe("automatic incidents", () => {
  let t: TestDb;
  const checks: Record<string, string> = {};

  const apply = (...changes: CheckChange[]) =>
    applyCheckChangesToIncidents({ db: t.db, ctx: worker, input: { changes }, now: new Date(t0 + 60 * MIN) });
  const change = (check: string, to: string, m: number, extra: Partial<CheckChange> = {}): CheckChange => ({
    checkId: checks[check] as string,
    from: to === "DOWN" ? "UP" : "DOWN",
    to,
    atMs: t0 + m * MIN,
    message: to === "DOWN" ? "HTTP 503" : null,
    duringMaintenance: false,
    ...extra,
  });
  const incidentsOf = (slug: string) =>
    t.db.incident.findMany({
      where: { service: { slug } },
      include: { events: { orderBy: [{ at: "asc" }, { id: "asc" }] }, services: true },
      orderBy: { number: "asc" },
    });

  beforeAll(async () => {
    t = await createTestDb();
    const services = [
      { slug: "api", name: "API", autoIncidentSeverity: "P2" as const, checks: ["api-health", "api-login"] },
      { slug: "flappy", name: "Flappy", autoIncidentSeverity: "P1" as const, checks: ["flappy-http"] },
      { slug: "quiet", name: "Quiet", autoIncidentSeverity: null, checks: ["quiet-http"] },
      { slug: "maint", name: "Maint", autoIncidentSeverity: "P3" as const, checks: ["maint-http"] },
      { slug: "race", name: "Race", autoIncidentSeverity: "P2" as const, checks: ["race-a", "race-b", "race-c"] },
      { slug: "again", name: "Again", autoIncidentSeverity: "P2" as const, checks: ["again-http"] },
    ];
    for (const s of services) {
      const row = await t.db.service.create({
        data: { slug: s.slug, name: s.name, autoIncidentSeverity: s.autoIncidentSeverity },
      });
      for (const name of s.checks)
        checks[name] = (await t.db.check.create({ data: { serviceId: row.id, name, kind: "HTTP", config: {} } })).id;
    }
  });
  afterAll(() => t.drop());

  it("opens one incident for a check going DOWN, with its audit row and live event", async () => {
    const live0 = await t.db.liveEvent.count();
    expect(await apply(change("api-health", "DOWN", 0))).toBe(1);
    const [i, ...rest] = await incidentsOf("api");
    expect(rest).toHaveLength(0);
    expect(i).toMatchObject({
      title: "API is down",
      severity: "P2",
      status: "INVESTIGATING",
      commanderId: null,
      detectedAt: new Date(t0),
      autoServiceId: i?.serviceId,
    });
    expect(i?.services.map((s) => s.serviceId)).toEqual([i?.serviceId]);
    expect(i?.events.map((e) => [e.kind, e.message, e.authorId])).toEqual([
      ["opened", "opened automatically: api-health DOWN", null],
    ]);
    const audit = await t.db.auditLog.findMany({ where: { targetId: i?.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "incident.auto_open", actorId: null, actorLabel: "worker" });
    const live = await t.db.liveEvent.findMany({ where: { id: { gt: live0 } } });
    expect(live.map((e) => [e.kind, e.payload])).toEqual([["incident.created", { number: i?.number, id: i?.id }]]);
  });

  it("puts a second check's DOWN and the recoveries on the open incident's timeline, and keeps it open", async () => {
    await apply(change("api-login", "DOWN", 2), change("api-health", "UP", 5), change("api-login", "UP", 6));
    const [i, ...rest] = await incidentsOf("api");
    expect(rest).toHaveLength(0);
    expect(i?.status).toBe("INVESTIGATING");
    expect(i?.resolvedAt).toBeNull();
    expect(i?.events.map((e) => [e.kind, e.message])).toEqual([
      ["opened", "opened automatically: api-health DOWN"],
      ["check_down", "api-login is DOWN: HTTP 503"],
      ["check_up", "api-health recovered"],
      ["check_up", "api-login recovered"],
    ]);
    const audit = await t.db.auditLog.findMany({ where: { targetId: i?.id, action: "incident.check_change" } });
    expect(audit.map((a) => a.actorLabel)).toEqual(["worker", "worker", "worker"]);
    expect(await t.db.liveEvent.count({ where: { kind: "incident.timeline" } })).toBe(3);
  });

  it("makes one incident of a flapping check", async () => {
    await apply(change("flappy-http", "DOWN", 0));
    await apply(change("flappy-http", "UP", 1));
    await apply(change("flappy-http", "DOWN", 2), change("flappy-http", "UP", 3));
    const incidents = await incidentsOf("flappy");
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.severity).toBe("P1");
    expect(incidents[0]?.events.map((e) => e.kind)).toEqual(["opened", "check_up", "check_down", "check_up"]);
  });

  it("opens nothing for a service without a policy, nor inside maintenance", async () => {
    const before = await t.db.incident.count();
    expect(await apply(change("quiet-http", "DOWN", 0), change("quiet-http", "UP", 1))).toBe(0);
    expect(await apply(change("maint-http", "DOWN", 0, { duringMaintenance: true }))).toBe(0);
    expect(await t.db.incident.count()).toBe(before);
  });

  it("opens one incident when several workers report DOWN checks of one service at once", async () => {
    const results = await Promise.all(
      ["race-a", "race-b", "race-c", "race-a"].map((c, n) => apply(change(c, "DOWN", n))),
    );
    expect(results).toEqual([1, 1, 1, 1]);
    const incidents = await incidentsOf("race");
    expect(incidents).toHaveLength(1);
    const kinds = incidents[0]?.events.map((e) => e.kind) ?? [];
    expect(kinds.filter((k) => k === "opened")).toHaveLength(1);
    expect(kinds.filter((k) => k === "check_down")).toHaveLength(3);
    expect(
      await t.db.liveEvent.count({
        where: { kind: "incident.created", payload: { path: ["id"], equals: incidents[0]?.id } },
      }),
    ).toBe(1);
  });

  it("opens a new incident once the last one is resolved, and refuses to reopen the old one beside it", async () => {
    await apply(change("again-http", "DOWN", 0));
    const [first] = await incidentsOf("again");
    await resolveIncident({
      db: t.db,
      ctx: worker,
      input: { number: first?.number as number },
      now: new Date(t0 + 10 * MIN),
    });
    await apply(change("again-http", "UP", 11), change("again-http", "DOWN", 12));
    const incidents = await incidentsOf("again");
    expect(incidents.map((i) => i.status)).toEqual(["RESOLVED", "INVESTIGATING"]);
    expect(incidents[0]?.events.map((e) => e.kind)).toEqual(["opened", "resolved"]);
    await expect(
      reopenIncident({
        db: t.db,
        ctx: worker,
        input: { number: first?.number as number },
        now: new Date(t0 + 20 * MIN),
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});
