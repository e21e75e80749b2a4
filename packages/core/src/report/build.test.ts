import { describe, expect, it } from "vitest";
import { buildIncidentReport } from "./build.ts";
import { after, incident, reopenedAt, resolvedAt, resolvedIncident, T0 } from "./fixture.ts";
import { reportPeriod } from "./period.ts";
import { RUNBOOK_POLICY } from "../severity/policy.ts";

const MIN = 60_000;
const period = reportPeriod("2026-03-01", "2026-03-31", "UTC");
const now = new Date("2026-04-10T00:00:00Z");
const build = (rows: Parameters<typeof buildIncidentReport>[0], p = period) =>
  buildIncidentReport(rows, { period: p, policy: RUNBOOK_POLICY, now });

const api = { id: "s-api", slug: "api", name: "API" };
const db = { id: "s-db", slug: "db", name: "Database" };

describe("buildIncidentReport", () => {
  it("is all zeros for an empty period, with every severity and week present", () => {
    const report = build([]);
    const none = { count: 0, meanMs: null, p50Ms: null, p90Ms: null };
    const noSla = { met: 0, breached: 0, pending: 0, breachRate: null };
    const zero = {
      incidents: 0,
      resolved: 0,
      reopened: 0,
      unacknowledged: 0,
      mtta: none,
      mttr: none,
      responseSla: noSla,
      resolveSla: noSla,
    };
    expect(report.total).toEqual(zero);
    expect(report.bySeverity).toEqual(["P0", "P1", "P2", "P3"].map((severity) => ({ severity, ...zero })));
    expect(report.byService).toEqual([]);
    expect(report.weeks.map((w) => w.week)).toEqual([
      "2026-W09",
      "2026-W10",
      "2026-W11",
      "2026-W12",
      "2026-W13",
      "2026-W14",
    ]);
    expect(report.weeks.every((w) => w.total === 0)).toBe(true);
    expect(report.postmortems).toEqual({ on_time: 0, late: 0, overdue: 0, due: 0, onTimeRate: null, rows: [] });
    expect(report.period).toEqual({
      from: "2026-03-01",
      to: "2026-03-31",
      zone: "UTC",
      start: "2026-03-01T00:00:00.000Z",
      end: "2026-04-01T00:00:00.000Z",
    });
    expect(report.targets.P1).toEqual({ responseMs: 15 * MIN, resolveMs: 240 * MIN });
  });

  it("gives MTTA and MTTR per severity: mean, median and p90, with breach rates among decided deadlines", () => {
    const report = build([
      resolvedIncident(60, {}, 5),
      resolvedIncident(120, {}, 10),
      resolvedIncident(300, {}, 30), // response and resolve breached (15 min, 4 h)
      incident({ severity: "P2", acknowledgedAt: after(20), detectedAt: after(0, now) }), // not in the period
      incident({ severity: "P0", detectedAt: new Date("2026-03-31T23:59:00Z") }), // open, unanswered, long past both deadlines
    ]);
    const p1 = report.bySeverity.find((r) => r.severity === "P1");
    expect(p1).toMatchObject({
      incidents: 3,
      resolved: 3,
      mtta: { count: 3, meanMs: 15 * MIN, p50Ms: 10 * MIN, p90Ms: 26 * MIN },
      mttr: { count: 3, meanMs: 160 * MIN, p50Ms: 120 * MIN, p90Ms: 264 * MIN },
      responseSla: { met: 2, breached: 1, pending: 0, breachRate: 1 / 3 },
      resolveSla: { met: 2, breached: 1, pending: 0, breachRate: 1 / 3 },
    });
    expect(report.bySeverity.find((r) => r.severity === "P0")).toMatchObject({
      incidents: 1,
      resolved: 0,
      unacknowledged: 1,
      mtta: { count: 0, meanMs: null },
      mttr: { count: 0, meanMs: null },
      responseSla: { breached: 1, breachRate: 1 },
      resolveSla: { breached: 1, breachRate: 1 },
    });
    expect(report.bySeverity.find((r) => r.severity === "P2")?.incidents).toBe(0);
    expect(report.total).toMatchObject({ incidents: 4, resolved: 3, mtta: { count: 3 }, mttr: { count: 3 } });
  });

  it("counts an unacknowledged resolved incident's resolution as its response, and says it was unacknowledged", () => {
    const report = build([resolvedIncident(40, { severity: "P2" })]);
    expect(report.bySeverity[2]).toMatchObject({
      severity: "P2",
      unacknowledged: 1,
      mtta: { count: 1, meanMs: 40 * MIN },
      mttr: { count: 1, meanMs: 40 * MIN },
      responseSla: { met: 1, breached: 0 },
    });
  });

  it("measures a reopened incident by its time open across both cycles", () => {
    const reopened = incident({
      acknowledgedAt: after(5),
      resolvedAt: after(3000),
      lifecycle: [resolvedAt(after(100)), reopenedAt(after(2900)), resolvedAt(after(3000))],
    });
    expect(build([reopened]).total).toMatchObject({
      reopened: 1,
      mttr: { count: 1, meanMs: 200 * MIN },
      resolveSla: { met: 1, breached: 0 },
    });
  });

  it("counts an incident for each service it affects, once in the total, and groups those naming none", () => {
    const report = build([
      resolvedIncident(30, { services: [api, db] }, 3),
      resolvedIncident(90, { services: [api] }, 7),
      resolvedIncident(10, {}, 1),
    ]);
    expect(report.total.incidents).toBe(3);
    expect(report.byService.map((r) => [r.service?.slug ?? null, r.incidents, r.mttr.meanMs, r.mtta.p50Ms])).toEqual([
      ["api", 2, 60 * MIN, 5 * MIN],
      ["db", 1, 30 * MIN, 3 * MIN],
      [null, 1, 10 * MIN, 1 * MIN],
    ]);
  });

  it("reads the period's days in its zone", () => {
    // 03:00 UTC on 1 April is still 31 March in New York, and 1 March 03:00 UTC is still February there.
    const rows = [
      incident({ detectedAt: new Date("2026-04-01T03:00:00Z") }),
      incident({ detectedAt: new Date("2026-03-01T03:00:00Z") }),
    ];
    expect(build(rows).total.incidents).toBe(1);
    const ny = build(rows, reportPeriod("2026-03-01", "2026-03-31", "America/New_York"));
    expect(ny.period.start).toBe("2026-03-01T05:00:00.000Z");
    expect(ny.period.end).toBe("2026-04-01T04:00:00.000Z");
    expect(ny.total.incidents).toBe(1);
    expect(ny.weeks.at(-1)).toMatchObject({ week: "2026-W14", total: 1, partial: true });
  });
});

describe("postmortems on time", () => {
  const pm = (dueAt: Date | null, publishedAt: Date | null = null) => ({
    id: `pm-${dueAt?.getTime()}-${publishedAt?.getTime()}`,
    status: publishedAt ? "PUBLISHED" : "DRAFT",
    dueAt,
    publishedAt,
  });
  const due = new Date("2026-03-05T12:00:00Z");

  it("sorts postmortems with a due time into on time, late, overdue and due", () => {
    const report = build([
      resolvedIncident(60, { postmortem: pm(due, due) }), // published at the due time: on time
      resolvedIncident(60, { postmortem: pm(due, new Date(due.getTime() + 1)) }),
      resolvedIncident(60, { postmortem: pm(due) }), // draft past due
      resolvedIncident(60, { postmortem: pm(new Date("2026-04-11T00:00:00Z")) }), // draft, due after now
      resolvedIncident(60, { severity: "P2", postmortem: pm(null, due) }), // optional: no due time
      resolvedIncident(60, { severity: "P0" }), // required, never started: due 48 h after resolution
      resolvedIncident(60, { severity: "P3" }), // none required
      incident({ severity: "P0" }), // open: nothing due yet
    ]);
    const { rows, ...counts } = report.postmortems;
    expect(counts).toEqual({ on_time: 1, late: 1, overdue: 2, due: 1, onTimeRate: 1 / 4 });
    const neverStarted = rows.find((r) => r.postmortem === null);
    expect(neverStarted).toMatchObject({ outcome: "overdue", dueAt: after(60 + 48 * 60, T0).toISOString() });
    // Soonest due first: the one never started was due a day before the others.
    expect(rows.map((r) => r.outcome)).toEqual(["overdue", "on_time", "late", "overdue", "due"]);
  });
});
