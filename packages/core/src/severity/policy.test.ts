import { describe, expect, it } from "vitest";
import { SEVERITIES, SEVERITY_POLICY, severityLabel, slaFor, slaStatus, slaStatusDto } from "./policy.ts";

const MIN = 60_000;
const HOUR = 60 * MIN;
const t0 = new Date("2026-11-23T10:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("slaFor", () => {
  it("holds the runbook targets", () => {
    const targets = SEVERITIES.map((s) => [s, slaFor(s).responseMs / MIN, slaFor(s).resolveMs / HOUR]);
    expect(targets).toEqual([
      ["P0", 5, 1],
      ["P1", 15, 4],
      ["P2", 60, 24],
      ["P3", 480, 168],
    ]);
    expect(slaFor("P0").responseLabel).toBe("Immediate (24/7)");
    expect(slaFor("P3").resolveLabel).toBe("< 1 week");
    expect(SEVERITY_POLICY.P1.criteria).toContain("Core features broken (checkout, login)");
  });

  it("rejects an unknown severity", () => {
    expect(() => slaFor("P9" as never)).toThrow(RangeError);
  });
});

describe("severityLabel", () => {
  it("names each level", () => {
    expect(SEVERITIES.map(severityLabel)).toEqual([
      "P0 – Critical (site down)",
      "P1 – High (major impact)",
      "P2 – Medium (minor impact)",
      "P3 – Low (minor issues)",
    ]);
  });
});

describe("slaStatus", () => {
  it("computes deadlines from detection", () => {
    const s = slaStatus({ severity: "P1", detectedAt: t0, now: at(5 * MIN) });
    expect(s.responseDueAt).toEqual(at(15 * MIN));
    expect(s.resolveDueAt).toEqual(at(4 * HOUR));
    expect(s).toMatchObject({ responseBreached: false, resolveBreached: false, remainingMs: 4 * HOUR - 5 * MIN });
  });

  it("flags an unacknowledged incident past its response target", () => {
    const s = slaStatus({ severity: "P1", detectedAt: t0, acknowledgedAt: null, now: at(16 * MIN) });
    expect(s.responseBreached).toBe(true);
    expect(s.resolveBreached).toBe(false);
  });

  it("is not breached exactly at the deadline", () => {
    const s = slaStatus({ severity: "P2", detectedAt: t0, now: at(24 * HOUR), acknowledgedAt: at(HOUR) });
    expect(s).toMatchObject({ responseBreached: false, resolveBreached: false, remainingMs: 0 });
  });

  it("judges response by the acknowledgement, not by now", () => {
    const late = slaStatus({ severity: "P2", detectedAt: t0, acknowledgedAt: at(61 * MIN), now: at(2 * HOUR) });
    expect(late.responseBreached).toBe(true);
    const onTime = slaStatus({ severity: "P2", detectedAt: t0, acknowledgedAt: at(59 * MIN), now: at(30 * HOUR) });
    expect(onTime).toMatchObject({ responseBreached: false, resolveBreached: true, remainingMs: -6 * HOUR });
  });

  it("freezes at resolution: the margin left then, however late now is", () => {
    const s = slaStatus({
      severity: "P0",
      detectedAt: t0,
      acknowledgedAt: at(2 * MIN),
      resolvedAt: at(50 * MIN),
      now: at(30 * 24 * HOUR),
    });
    expect(s).toMatchObject({ responseBreached: false, resolveBreached: false, remainingMs: 10 * MIN });
  });

  it("reports a late resolution as breached with a negative margin", () => {
    const s = slaStatus({
      severity: "P0",
      detectedAt: t0,
      acknowledgedAt: t0,
      resolvedAt: at(90 * MIN),
      now: at(91 * MIN),
    });
    expect(s).toMatchObject({ resolveBreached: true, remainingMs: -30 * MIN });
  });

  it("counts resolution as the response when nobody acknowledged", () => {
    const fast = slaStatus({ severity: "P3", detectedAt: t0, resolvedAt: at(HOUR), now: at(20 * HOUR) });
    expect(fast.responseBreached).toBe(false);
    const slow = slaStatus({ severity: "P3", detectedAt: t0, resolvedAt: at(9 * HOUR), now: at(9 * HOUR) });
    expect(slow.responseBreached).toBe(true);
  });

  it("accepts ISO strings and epoch numbers, and defaults now to the clock", () => {
    const s = slaStatus({ severity: "P3", detectedAt: t0.toISOString(), acknowledgedAt: t0.getTime() });
    expect(s.resolveDueAt).toEqual(at(7 * 24 * HOUR));
    expect(s.responseBreached).toBe(false);
    expect(s.resolveBreached).toBe(Date.now() > t0.getTime() + 7 * 24 * HOUR);
  });

  it("rejects an invalid date", () => {
    expect(() => slaStatus({ severity: "P1", detectedAt: "not a date" })).toThrow(/detectedAt/);
    expect(() => slaStatus({ severity: "P1", detectedAt: t0, now: Number.NaN })).toThrow(/now/);
  });

  it("serialises to ISO strings", () => {
    const dto = slaStatusDto(slaStatus({ severity: "P1", detectedAt: t0, now: t0 }));
    expect(dto).toEqual({
      responseDueAt: "2026-11-23T10:15:00.000Z",
      resolveDueAt: "2026-11-23T14:00:00.000Z",
      responseBreached: false,
      resolveBreached: false,
      remainingMs: 4 * HOUR,
    });
  });
});
