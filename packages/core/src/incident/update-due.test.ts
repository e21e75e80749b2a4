import { describe, expect, it } from "vitest";
import { nextUpdate, updateDueState, warnWithinMs } from "./update-due.ts";

const MIN = 60_000;
const t0 = new Date("2026-11-23T10:00:00.000Z");
const at = (m: number) => new Date(t0.getTime() + m * MIN);
const open = (cadenceMinutes: number | null, events: { kind: string; at: Date }[] = []) =>
  nextUpdate({ resolved: false, cadenceMinutes, createdAt: t0, events });

describe("nextUpdate", () => {
  it("counts from the declaration while nothing else has been said", () => {
    expect(open(30)).toEqual({ cadenceMinutes: 30, since: t0.toISOString(), dueAt: at(30).toISOString() });
  });

  it("counts from the latest status update, reopening or severity change, not from notes or checks", () => {
    const events = [
      { kind: "opened", at: t0 },
      { kind: "investigating", at: at(10) },
      { kind: "note", at: at(50) },
      { kind: "identified", at: at(25) },
      { kind: "check_down", at: at(55) },
      { kind: "sla_breach", at: at(56) },
    ];
    expect(open(30, events)?.dueAt).toBe(at(55).toISOString());
    expect(open(30, [...events, { kind: "reopened", at: at(70) }])?.since).toBe(at(70).toISOString());
    expect(open(30, [...events, { kind: "severity", at: at(80) }])?.dueAt).toBe(at(110).toISOString());
  });

  it("never counts from before the declaration (a backdated detection)", () => {
    expect(open(60, [{ kind: "opened", at: at(-120) }])?.since).toBe(t0.toISOString());
  });

  it("is null once resolved, or for a severity without a cadence", () => {
    expect(nextUpdate({ resolved: true, cadenceMinutes: 30, createdAt: t0, events: [] })).toBeNull();
    expect(open(null)).toBeNull();
  });
});

describe("updateDueState", () => {
  const due = open(30);
  if (!due) throw new Error("no cadence");
  it("is ok, then soon in the warning window, then overdue once past due (not at due)", () => {
    expect(updateDueState(due, at(20).getTime())).toEqual({ remainingMs: 10 * MIN, tone: "ok" });
    expect(updateDueState(due, at(24).getTime())).toEqual({ remainingMs: 6 * MIN, tone: "soon" });
    expect(updateDueState(due, at(30).getTime())).toEqual({ remainingMs: 0, tone: "soon" });
    expect(updateDueState(due, at(31).getTime())).toEqual({ remainingMs: -MIN, tone: "overdue" });
  });

  it("warns in the last fifth, at least 5 minutes, at most half the cadence", () => {
    expect([10, 20, 30, 60, 240].map((m) => warnWithinMs(m) / MIN)).toEqual([5, 5, 6, 12, 48]);
    expect(warnWithinMs(5) / MIN).toBe(2.5);
  });
});
