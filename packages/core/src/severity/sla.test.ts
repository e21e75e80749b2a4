import { describe, expect, it } from "vitest";
import { dueBreaches, type SlaFacts, slaStatus, slaStatusDto } from "./sla.ts";

const MIN = 60_000;
const HOUR = 60 * MIN;
const t0 = new Date("2026-11-23T10:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
/** A P1 under the runbook: 15 min to respond, 4 h to resolve. */
const p1: SlaFacts = { detectedAt: t0, responseTargetMinutes: 15, resolveTargetMinutes: 240 };

describe("slaStatus", () => {
  it("computes deadlines from detection with the incident's own targets", () => {
    const s = slaStatus({ ...p1, now: at(5 * MIN) });
    expect(s.responseDueAt).toEqual(at(15 * MIN));
    expect(s.resolveDueAt).toEqual(at(4 * HOUR));
    expect(s).toMatchObject({
      responseMinutes: 15,
      resolveMinutes: 240,
      responseBreached: false,
      resolveBreached: false,
    });
    expect(s.remainingMs).toBe(4 * HOUR - 5 * MIN);
  });

  it("flags an unanswered incident past its response target before anything is recorded", () => {
    const s = slaStatus({ ...p1, now: at(16 * MIN) });
    expect(s).toMatchObject({ responseBreached: true, responseBreachedAt: null, resolveBreached: false });
  });

  it("is not breached exactly at the deadline", () => {
    const s = slaStatus({ ...p1, respondedAt: at(15 * MIN), now: at(4 * HOUR) });
    expect(s).toMatchObject({ responseBreached: false, resolveBreached: false, remainingMs: 0 });
  });

  it("judges the response by when it came, not by now", () => {
    expect(slaStatus({ ...p1, respondedAt: at(16 * MIN), now: at(20 * MIN) }).responseBreached).toBe(true);
    const onTime = slaStatus({ ...p1, respondedAt: at(14 * MIN), now: at(5 * HOUR) });
    expect(onTime).toMatchObject({ responseBreached: false, resolveBreached: true, remainingMs: -HOUR });
  });

  it("freezes at resolution: the margin left then, however late now is", () => {
    const s = slaStatus({ ...p1, respondedAt: at(2 * MIN), resolvedAt: at(3 * HOUR), now: at(30 * 24 * HOUR) });
    expect(s).toMatchObject({ responseBreached: false, resolveBreached: false, remainingMs: HOUR });
  });

  it("keeps a recorded breach after a lower severity moved the deadline out", () => {
    // Missed as a P1 at 15 min, then lowered to P3 (8 h to respond) before anyone acknowledged.
    const s = slaStatus({ ...p1, responseTargetMinutes: 480, responseBreachedAt: at(15 * MIN), now: at(HOUR) });
    expect(s).toMatchObject({ responseBreached: true, responseBreachedAt: at(15 * MIN), responseDueAt: at(8 * HOUR) });
  });

  it("rejects an invalid date", () => {
    expect(() => slaStatus({ ...p1, detectedAt: "not a date" })).toThrow(/detectedAt/);
    expect(() => slaStatus({ ...p1, now: Number.NaN })).toThrow(/now/);
  });

  it("serialises to ISO strings", () => {
    const dto = slaStatusDto(slaStatus({ ...p1, responseBreachedAt: at(15 * MIN), now: at(20 * MIN) }));
    expect(dto).toEqual({
      responseMinutes: 15,
      resolveMinutes: 240,
      responseDueAt: "2026-11-23T10:15:00.000Z",
      resolveDueAt: "2026-11-23T14:00:00.000Z",
      responseBreached: true,
      resolveBreached: false,
      responseBreachedAt: "2026-11-23T10:15:00.000Z",
      resolveBreachedAt: null,
      remainingMs: 4 * HOUR - 20 * MIN,
    });
  });
});

describe("dueBreaches", () => {
  it("records nothing before a deadline, and a passed one dated at the deadline", () => {
    expect(dueBreaches(p1, at(15 * MIN))).toEqual([]);
    expect(dueBreaches(p1, at(16 * MIN))).toEqual([{ target: "response", at: at(15 * MIN), targetMinutes: 15 }]);
    expect(dueBreaches(p1, at(5 * HOUR))).toEqual([
      { target: "response", at: at(15 * MIN), targetMinutes: 15 },
      { target: "resolve", at: at(4 * HOUR), targetMinutes: 240 },
    ]);
  });

  it("records a late answer, never an answer in time, and nothing twice", () => {
    expect(dueBreaches({ ...p1, respondedAt: at(20 * MIN) }, at(20 * MIN))).toEqual([
      { target: "response", at: at(15 * MIN), targetMinutes: 15 },
    ]);
    expect(dueBreaches({ ...p1, respondedAt: at(10 * MIN) }, at(2 * HOUR))).toEqual([]);
    expect(dueBreaches({ ...p1, responseBreachedAt: at(15 * MIN) }, at(2 * HOUR))).toEqual([]);
  });

  it("dates a breach that only became due at `since` (a reopening) then", () => {
    // Resolved in time at 3 h, reopened at 6 h: the 4 h resolve target is missed as of the reopening.
    const reopened = { ...p1, respondedAt: at(5 * MIN), resolvedAt: null };
    expect(dueBreaches(reopened, at(6 * HOUR), at(6 * HOUR))).toEqual([
      { target: "resolve", at: at(6 * HOUR), targetMinutes: 240 },
    ]);
  });

  it("keeps the first resolution as the response of a reopened incident nobody acknowledged", () => {
    const reopened = { ...p1, respondedAt: at(10 * MIN), resolvedAt: null };
    expect(dueBreaches(reopened, at(HOUR)).map((b) => b.target)).toEqual([]);
    expect(slaStatus({ ...reopened, now: at(HOUR) }).responseBreached).toBe(false);
  });

  it("holds a raised severity to its new targets from the change on", () => {
    // A P3 raised to P1 at 30 min, unanswered: the P1's 15 min passed before the change.
    expect(dueBreaches(p1, at(30 * MIN), at(30 * MIN))).toEqual([
      { target: "response", at: at(30 * MIN), targetMinutes: 15 },
    ]);
  });
});
