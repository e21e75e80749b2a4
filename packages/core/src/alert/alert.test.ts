import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { writeMetricSamples } from "../metric/write.ts";
import { systemCtx } from "../roles.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { createAlertRule } from "./create.ts";
import { deleteAlertRule } from "./delete.ts";
import { getAlertRule } from "./get.ts";
import { listAlertRuleHistory } from "./history.ts";
import { listAlertRules } from "./list.ts";
import { ALERT_PRESETS } from "./presets.ts";
import { evaluateAlertRules } from "./run.ts";
import { updateAlertRule } from "./update.ts";

const T0 = new Date(Date.now() - 30 * 60_000);
const at = (s: number) => new Date(T0.getTime() + s * 1000);
const worker = systemCtx("worker");
const INTERVAL = 15;

describe("alert rules", () => {
  let s: RoleSuite;
  let ruleId: string;
  const serviceIds: Record<string, string> = {};
  /** One error-rate point per service at `sec`. */
  const write = (sec: number, values: Record<string, number>) =>
    writeMetricSamples(
      s.t.db,
      Object.entries(values).map(([service, value]) => ({
        name: "app.error_rate",
        labels: { service },
        at: at(sec),
        value,
        unit: "percent",
      })),
    );
  const evaluate = (sec: number) =>
    evaluateAlertRules({ db: s.t.db, ctx: worker, intervalSeconds: INTERVAL, now: at(sec) });
  const groupState = async (group: string) =>
    (await getAlertRule({ db: s.t.db, ctx: ctxOf(s.viewer), input: { id: ruleId } })).groups.find(
      (g) => g.group === group,
    );
  const openIncidents = (slug: string) =>
    s.t.db.incident.findMany({ where: { alertRuleId: ruleId, alertGroup: slug, status: { not: "RESOLVED" } } });

  beforeAll(async () => {
    s = await roleSuite();
    for (const slug of ["shop", "api"])
      serviceIds[slug] = (await s.t.db.service.create({ data: { slug, name: `The ${slug}` } })).id;
    const preset = ALERT_PRESETS.find((p) => p.key === "error-rate");
    const rule = await createAlertRule({
      db: s.t.db,
      ctx: ctxOf(s.admin),
      input: { ...preset, preset: "error-rate", name: "Errors", windowSeconds: 60, forSeconds: 60 } as never,
    });
    ruleId = rule.id;
  });
  afterAll(() => s.t.drop());

  it("refuses edits by non-admins and bad definitions with field errors", async () => {
    const input = {
      name: "x",
      series: "app.error_rate",
      aggregation: "AVG",
      windowSeconds: 60,
      comparator: "GT",
    } as const;
    const full = { ...input, threshold: 1, forSeconds: 0, severity: "P2", action: "INCIDENT" } as const;
    await expect(createAlertRule({ db: s.t.db, ctx: ctxOf(s.responder), input: full })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(deleteAlertRule({ db: s.t.db, ctx: ctxOf(s.viewer), input: { id: ruleId } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const bad = await createAlertRule({
      db: s.t.db,
      ctx: ctxOf(s.admin),
      input: { ...full, series: "Bad Name", windowSeconds: 10, labels: "oops", threshold: Number.NaN } as never,
    }).catch((e) => e as ValidationError);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(Object.keys((bad as ValidationError).fieldErrors).sort()).toEqual([
      "labels",
      "series",
      "threshold",
      "windowSeconds",
    ]);
    const taken = await createAlertRule({ db: s.t.db, ctx: ctxOf(s.admin), input: { ...full, name: "Errors" } }).catch(
      (e) => e,
    );
    expect((taken as ValidationError).fieldErrors).toHaveProperty("name");
    const page = await listAlertRules({ db: s.t.db, ctx: ctxOf(s.viewer), input: { limit: 10 } });
    expect(page.items.map((r) => r.name)).toEqual(["Errors"]);
  });

  it("goes PENDING, then FIRING with one incident per service, and RESOLVED leaving it open", async () => {
    await write(0, { shop: 9, api: 1 });
    expect((await evaluate(5)).changes).toEqual([{ ruleId, group: "shop", to: "PENDING" }]);
    expect(await groupState("api")).toMatchObject({ state: "OK", value: 1 });
    await write(30, { shop: 12, api: 1 });
    expect((await evaluate(35)).changes).toEqual([]); // held 30 s of 60
    await write(60, { shop: 8 });
    expect((await evaluate(65)).changes).toEqual([{ ruleId, group: "shop", to: "FIRING" }]);
    const [incident] = await openIncidents("shop");
    expect(incident).toMatchObject({ severity: "P1", serviceId: serviceIds.shop, title: "Errors on The shop" });
    // Firing again after a clear writes on the same open incident.
    await write(90, { shop: 1 });
    expect((await evaluate(95)).changes).toEqual([{ ruleId, group: "shop", to: "RESOLVED" }]);
    await write(120, { shop: 20 });
    await evaluate(125);
    await write(180, { shop: 20 });
    expect((await evaluate(185)).changes).toEqual([{ ruleId, group: "shop", to: "FIRING" }]);
    expect(await openIncidents("shop")).toHaveLength(1);
    expect(await openIncidents("api")).toHaveLength(0);
    await write(240, { shop: 0 });
    await evaluate(245);
    expect(await groupState("shop")).toMatchObject({ state: "RESOLVED", value: 0 });
    const timeline = await s.t.db.incidentEvent.findMany({
      where: { incidentId: incident?.id },
      orderBy: { at: "asc" },
    });
    expect(timeline.map((e) => e.kind)).toEqual(["opened", "alert_resolved", "alert_firing", "alert_resolved"]);
    expect((await openIncidents("shop"))[0]?.status).toBe("INVESTIGATING");
    const history = await listAlertRuleHistory({ db: s.t.db, ctx: ctxOf(s.viewer), input: { id: ruleId, limit: 3 } });
    expect(history.items.map((e) => e.to)).toEqual(["RESOLVED", "FIRING", "PENDING"]);
    expect(history.items[1]?.incidentNumber).toBe(incident?.number);
    const rest = await listAlertRuleHistory({
      db: s.t.db,
      ctx: ctxOf(s.viewer),
      input: { id: ruleId, cursor: history.next ?? "" },
    });
    expect(rest.items.map((e) => e.to)).toEqual(["RESOLVED", "FIRING", "PENDING"]);
    expect(rest.next).toBeNull();
  });

  it("keeps the state with no data in the window, and shows it", async () => {
    await write(300, { api: 50 });
    await evaluate(305);
    expect(await groupState("api")).toMatchObject({ state: "PENDING" });
    const r = await evaluate(500); // nothing written for 200 s: the 60 s window is empty
    expect(r.changes).toEqual([]);
    expect(await groupState("api")).toMatchObject({ state: "PENDING", noData: true, value: null });
  });

  it("is silenced by the service's maintenance window", async () => {
    await s.t.db.maintenanceWindow.create({
      data: { serviceId: serviceIds.api ?? "", startsAt: at(510), endsAt: at(900), reason: "upgrade" },
    });
    for (const sec of [520, 560, 600, 640]) {
      await write(sec, { api: 50 });
      await evaluate(sec + 5);
    }
    expect(await groupState("api")).toMatchObject({ state: "OK", silenced: true, value: 50 });
    expect(await openIncidents("api")).toHaveLength(0);
  });

  it("lets one of two concurrent evaluations act on a rule", async () => {
    await write(1000, { api: 50 });
    const [a, b] = await Promise.all([evaluate(1005), evaluate(1005)]);
    expect(a.evaluated + b.evaluated).toBe(1);
    expect((await evaluate(1010)).evaluated).toBe(0); // claimed 5 s ago, inside the interval
  });

  it("audits edits, forgets states when the series changes, and deletes once", async () => {
    const edited = await updateAlertRule({
      db: s.t.db,
      ctx: ctxOf(s.admin),
      input: { id: ruleId, labels: "service=api" },
    });
    expect(edited).toMatchObject({ labels: "service=api", version: 2, state: "OK", groups: [] });
    const bad = await updateAlertRule({ db: s.t.db, ctx: ctxOf(s.admin), input: { id: ruleId, forSeconds: -1 } }).catch(
      (e) => e,
    );
    expect((bad as ValidationError).fieldErrors).toHaveProperty("forSeconds");
    const [one, two] = await Promise.allSettled([
      deleteAlertRule({ db: s.t.db, ctx: ctxOf(s.admin), input: { id: ruleId } }),
      deleteAlertRule({ db: s.t.db, ctx: ctxOf(s.admin), input: { id: ruleId } }),
    ]);
    expect([one.status, two.status].sort()).toEqual(["fulfilled", "rejected"]);
    expect(((one.status === "rejected" ? one : two) as PromiseRejectedResult).reason).toBeInstanceOf(NotFoundError);
    const audit = await s.t.db.auditLog.findMany({ where: { targetId: ruleId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["alert_rule.create", "alert_rule.update", "alert_rule.delete"]);
    expect(await s.t.db.incident.count({ where: { alertGroup: "shop" } })).toBe(1);
  });
});
