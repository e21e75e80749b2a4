import type { ContactKind } from "@opsdeck/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "../errors.ts";
import { acknowledgeIncident } from "../incident/acknowledge.ts";
import { declareIncident } from "../incident/declare.ts";
import { ctxOf, makeUser, type RoleSuite, roleSuite, type TestUser } from "../testing.ts";
import { canonicalTimeZone } from "../time/zone.ts";
import { onCallReportCsv } from "./csv.ts";
import { getOnCallReport } from "./get.ts";

const MIN = 60_000;
// Friday of ISO week 2026-W12; the two-week period is W11 and W12.
const now = new Date("2026-03-20T12:00:00Z");
// UTC+05:30 all year round: no daylight saving time, and a half-hour offset that moves the hours.
const KOLKATA = "Asia/Kolkata";
// How this runtime's ICU names it (Asia/Calcutta in some versions): the report answers with that name.
const KOLKATA_NAME = canonicalTimeZone(KOLKATA);

describe("getOnCallReport on Postgres", () => {
  let s: RoleSuite;
  let alice: TestUser;
  let bob: TestUser;

  async function incident(at: string): Promise<{ id: string; number: number; escalationId: string }> {
    const { id, number } = await declareIncident({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: { title: `Paged at ${at}`, severity: "P1", services: ["api"] },
      now: new Date(at),
    });
    const escalation = await s.t.db.incidentEscalation.create({
      data: { incidentId: id, dueAt: new Date(at) },
      select: { id: true },
    });
    return { id, number, escalationId: escalation.id };
  }

  /** One page of a step: a row per contact method, as the escalation engine records them. */
  async function page(
    i: { id: string; escalationId: string },
    user: TestUser,
    step: { round?: number; step?: number },
    sends: { at: string; kind?: ContactKind; ok?: boolean }[],
  ) {
    for (const [n, send] of sends.entries())
      await s.t.db.incidentPage.create({
        data: {
          incidentId: i.id,
          escalationId: i.escalationId,
          round: step.round ?? 0,
          step: step.step ?? 0,
          userId: user.id,
          methodId: `method-${n}`,
          methodKind: send.kind ?? "EMAIL",
          sentAt: new Date(send.at),
          ok: send.ok ?? true,
          error: send.ok === false ? "refused" : null,
        },
      });
  }

  const ack = (who: TestUser, number: number, at: string) =>
    acknowledgeIncident({ db: s.t.db, ctx: ctxOf(who), input: { number }, now: new Date(at) });

  beforeAll(async () => {
    s = await roleSuite();
    await s.t.db.service.create({ data: { slug: "api", name: "API" } });
    alice = await makeUser(s.t.db, { role: "RESPONDER", name: "Alice" });
    bob = await makeUser(s.t.db, { role: "RESPONDER", name: "Bob" });
    // A: 22:30 in Kolkata (a night page) by two methods and a failed third; Alice acknowledges 12 minutes on.
    const a = await incident("2026-03-17T17:00:00Z");
    await page(a, alice, {}, [
      { at: "2026-03-17T17:00:00Z" },
      { at: "2026-03-17T17:00:02Z", kind: "SLACK" },
      { at: "2026-03-17T17:00:03Z", kind: "WEBHOOK", ok: false },
    ]);
    await ack(alice, a.number, "2026-03-17T17:12:00Z");
    // B: 09:30 in week 11; Alice does not answer, Bob is paged at step 2 and acknowledges 20 minutes later.
    const b = await incident("2026-03-10T04:00:00Z");
    await page(b, alice, {}, [{ at: "2026-03-10T04:00:00Z" }]);
    await page(b, bob, { step: 1 }, [{ at: "2026-03-10T04:05:00Z" }, { at: "2026-03-10T04:05:01Z", kind: "SLACK" }]);
    await ack(bob, b.number, "2026-03-10T04:25:00Z");
    // C: 06:30 and 06:45 in Kolkata, two rounds to Bob, never acknowledged.
    const c = await incident("2026-03-18T01:00:00Z");
    await page(c, bob, {}, [{ at: "2026-03-18T01:00:00Z" }]);
    await page(c, bob, { round: 1 }, [{ at: "2026-03-18T01:15:00Z" }]);
    // D: before the period in both zones (Sunday 23:30 in Kolkata, 18:00 UTC).
    const d = await incident("2026-03-08T18:00:00Z");
    await page(d, alice, {}, [{ at: "2026-03-08T18:00:00Z" }]);
    // E: every send failed, so it never reached Bob.
    const e = await incident("2026-03-19T10:00:00Z");
    await page(e, bob, {}, [{ at: "2026-03-19T10:00:00Z", ok: false }]);
    // F: 14:00 in Kolkata; Alice acknowledges after 30 minutes.
    const f = await incident("2026-03-19T08:30:00Z");
    await page(f, alice, {}, [{ at: "2026-03-19T08:30:00Z" }]);
    await ack(alice, f.number, "2026-03-19T09:00:00Z");
  });
  afterAll(() => s.t.drop());

  it("counts a step once however many methods, by week and night, with times to acknowledge", async () => {
    const r = await getOnCallReport({
      db: s.t.db,
      ctx: ctxOf(s.viewer),
      input: { weeks: 2, timeZone: KOLKATA },
      now,
    });
    expect(r.period).toEqual({
      weeks: 2,
      from: "2026-03-09",
      to: "2026-03-22",
      zone: KOLKATA_NAME,
      start: "2026-03-08T18:30:00.000Z",
      end: "2026-03-22T18:30:00.000Z",
    });
    expect(r.weeks.map((w) => [w.week, w.startDay, w.partial])).toEqual([
      ["2026-W11", "2026-03-09", false],
      ["2026-W12", "2026-03-16", true],
    ]);
    /** Pages and night pages in weeks 11 and 12. */
    const weekly = (w11: [number, number], w12: [number, number]) => [
      { week: "2026-W11", pages: w11[0], nightPages: w11[1] },
      { week: "2026-W12", pages: w12[0], nightPages: w12[1] },
    ];
    const minutes = (count: number, p50: number, p90: number, max: number) => ({
      count,
      p50Ms: p50 * MIN,
      p90Ms: p90 * MIN,
      maxMs: max * MIN,
    });
    expect(r.people).toEqual([
      {
        user: { id: alice.id, name: "Alice", email: alice.email },
        ...{ pages: 3, nightPages: 1, weeks: weekly([1, 0], [2, 1]) },
        // 12 and 30 minutes: the median between them, the 90th percentile interpolated (12 + 0.9 × 18).
        ack: minutes(2, 21, 28.2, 30),
        ...{ unacknowledgedPages: 1, acknowledgedByOthers: 1 },
      },
      {
        user: { id: bob.id, name: "Bob", email: bob.email },
        ...{ pages: 3, nightPages: 2, weeks: weekly([1, 0], [2, 2]) },
        ack: minutes(1, 20, 20, 20),
        ...{ unacknowledgedPages: 2, acknowledgedByOthers: 0 },
      },
    ]);
    expect(r.total).toEqual({
      pages: 6,
      nightPages: 3,
      unacknowledgedPages: 3,
      // 12, 20 and 30 minutes: the 90th percentile lies 0.8 of the way from 20 to 30.
      ack: minutes(3, 20, 28, 30),
    });
    const busy = r.byHour.filter((h) => h.pages > 0 || h.ack.count > 0);
    expect(busy.map((h) => [h.hour, h.night, h.pages, h.ack.count, h.ack.p50Ms])).toEqual([
      [6, true, 2, 0, null],
      [9, false, 2, 1, 20 * MIN],
      [14, false, 1, 1, 30 * MIN],
      [22, true, 1, 1, 12 * MIN],
    ]);
    expect(r.byHour).toHaveLength(24);
    expect(r.byHour.filter((h) => h.night).map((h) => h.hour)).toEqual([0, 1, 2, 3, 4, 5, 6, 22, 23]);
  });

  it("reads hours and nights in the zone asked for", async () => {
    const r = await getOnCallReport({ db: s.t.db, ctx: ctxOf(s.viewer), input: { weeks: 2, timeZone: "UTC" }, now });
    expect(r.period.start).toBe("2026-03-09T00:00:00.000Z");
    // In UTC, A (17:00) is a day page, while B's two pages (04:00, 04:05) are night pages like C's (01:00, 01:15).
    expect(r.total.nightPages).toBe(4);
    expect(r.people.map((p) => [p.user.name, p.nightPages])).toEqual([
      ["Alice", 1],
      ["Bob", 3],
    ]);
    expect(r.byHour.filter((h) => h.pages).map((h) => [h.hour, h.pages])).toEqual([
      [1, 2],
      [4, 2],
      [8, 1],
      [17, 1],
    ]);
  });

  it("defaults to the oldest schedule's zone, else UTC, and to eight weeks", async () => {
    const before = await getOnCallReport({ db: s.t.db, ctx: ctxOf(s.viewer), input: {}, now });
    expect(before.period).toMatchObject({ weeks: 8, zone: "UTC", from: "2026-01-26", to: "2026-03-22" });
    expect(before.weeks).toHaveLength(8);
    await s.t.db.onCallSchedule.create({ data: { name: "Primary", timeZone: KOLKATA } });
    const after = await getOnCallReport({ db: s.t.db, ctx: ctxOf(s.viewer), input: {}, now });
    expect(after.period.zone).toBe(KOLKATA_NAME);
    // Eight weeks reach back to D as well.
    expect(after.total.pages).toBe(7);
  });

  it("refuses a bad period or zone with field errors", async () => {
    for (const [input, field] of [
      [{ weeks: 0 }, "weeks"],
      [{ weeks: 27 }, "weeks"],
      [{ weeks: "2.5" }, "weeks"],
      [{ weeks: "many" }, "weeks"],
      [{ timeZone: "Mars/Olympus" }, "timeZone"],
      [{ timeZone: "x".repeat(65) }, "timeZone"],
    ] as const) {
      const err = await getOnCallReport({ db: s.t.db, ctx: ctxOf(s.viewer), input, now }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ValidationError);
      expect(Object.keys((err as ValidationError).fieldErrors)).toEqual([field]);
    }
  });

  it("shares the per-person table as CSV", async () => {
    const r = await getOnCallReport({ db: s.t.db, ctx: ctxOf(s.viewer), input: { weeks: 2, timeZone: KOLKATA }, now });
    const csv = onCallReportCsv(r);
    expect(csv.filename).toBe(`oncall-load-2026-03-09-to-2026-03-22-${KOLKATA_NAME?.replace("/", "-")}.csv`);
    expect(csv.body.split("\r\n")).toEqual([
      "person,email,pages,night_pages,acknowledged,ack_median_min,ack_p90_min,ack_max_min,unacknowledged_pages,acknowledged_by_others,pages_2026-W11,pages_2026-W12,night_pages_2026-W11,night_pages_2026-W12",
      `Alice,${alice.email},3,1,2,21,28.2,30,1,1,1,2,0,1`,
      `Bob,${bob.email},3,2,1,20,20,20,2,0,1,2,0,2`,
      "",
    ]);
  });
});
