import { describe, expect, it } from "vitest";
import { after, incident, reopenedAt, resolvedAt, T0 } from "./fixture.ts";
import { incidentTiming, openIntervals } from "./timing.ts";

const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (minutes: number) => after(minutes);
const P1 = { responseMs: 15 * MIN, resolveMs: 4 * HOUR };
const resolved = (minutes: number) => resolvedAt(at(minutes));
const reopened = (minutes: number) => reopenedAt(at(minutes));

describe("incidentTiming", () => {
  it("times an acknowledged, resolved incident from detection", () => {
    const i = incident({ acknowledgedAt: at(9), resolvedAt: at(150), lifecycle: [resolved(150)] });
    expect(incidentTiming(i, P1, at(10_000))).toEqual({
      responseMs: 9 * MIN,
      openMs: 150 * MIN,
      resolved: true,
      reopened: 0,
      response: "met",
      resolve: "met",
    });
  });

  it("breaches a target by a millisecond past it, not at it", () => {
    const onTheDot = incident({ acknowledgedAt: at(15), resolvedAt: at(240), lifecycle: [resolved(240)] });
    expect(incidentTiming(onTheDot, P1, at(300))).toMatchObject({ response: "met", resolve: "met" });
    const late = incident({
      acknowledgedAt: new Date(at(15).getTime() + 1),
      resolvedAt: new Date(at(240).getTime() + 1),
      lifecycle: [{ kind: "resolved", at: new Date(at(240).getTime() + 1) }],
    });
    expect(incidentTiming(late, P1, at(300))).toMatchObject({ response: "breached", resolve: "breached" });
  });

  it("counts the resolution of an incident nobody acknowledged as its response", () => {
    const i = incident({ resolvedAt: at(12), lifecycle: [resolved(12)] });
    expect(incidentTiming(i, P1, at(60))).toMatchObject({ responseMs: 12 * MIN, openMs: 12 * MIN, response: "met" });
  });

  it("leaves an unanswered incident pending until its deadline passes, then breached", () => {
    const i = incident();
    expect(incidentTiming(i, P1, at(10))).toMatchObject({
      responseMs: null,
      openMs: 10 * MIN,
      resolved: false,
      response: "pending",
      resolve: "pending",
    });
    expect(incidentTiming(i, P1, at(16))).toMatchObject({ response: "breached", resolve: "pending" });
    expect(incidentTiming(i, P1, at(241))).toMatchObject({ response: "breached", resolve: "breached" });
  });

  it("sums the time open across reopenings, leaving out the days it stayed resolved", () => {
    // Resolved after 30 min, reopened two days later, resolved again 20 min after that.
    const i = incident({
      acknowledgedAt: at(5),
      resolvedAt: at(2 * 1440 + 50),
      lifecycle: [resolved(30), reopened(2 * 1440 + 30), resolved(2 * 1440 + 50)],
    });
    expect(openIntervals(i)).toEqual([
      { start: at(0).getTime(), end: at(30).getTime() },
      { start: at(2 * 1440 + 30).getTime(), end: at(2 * 1440 + 50).getTime() },
    ]);
    expect(incidentTiming(i, P1, at(5 * 1440))).toEqual({
      responseMs: 5 * MIN,
      openMs: 50 * MIN,
      resolved: true,
      reopened: 1,
      response: "met",
      resolve: "met",
    });
  });

  it("runs the resolve clock again while a reopened incident is open", () => {
    const i = incident({ acknowledgedAt: at(5), lifecycle: [resolved(200), reopened(1000)] });
    expect(incidentTiming(i, P1, at(1030))).toMatchObject({ openMs: 230 * MIN, resolved: false, resolve: "pending" });
    expect(incidentTiming(i, P1, at(1041))).toMatchObject({ openMs: 241 * MIN, resolve: "breached" });
  });

  it("takes the first resolution as the response when the acknowledgement came only after reopening", () => {
    const i = incident({
      acknowledgedAt: at(65),
      resolvedAt: at(90),
      lifecycle: [resolved(10), reopened(60), resolved(90)],
    });
    expect(incidentTiming(i, P1, at(100))).toMatchObject({ responseMs: 10 * MIN, openMs: 40 * MIN, response: "met" });
  });

  it("follows the incident row when its timeline lacks the entries", () => {
    expect(openIntervals(incident({ resolvedAt: at(45) }))).toEqual([{ start: T0.getTime(), end: at(45).getTime() }]);
    // Open now although the timeline ends resolved: open since that resolution.
    expect(incidentTiming(incident({ lifecycle: [resolved(20)] }), P1, at(50))).toMatchObject({
      responseMs: 20 * MIN,
      openMs: 50 * MIN,
      resolved: false,
    });
  });

  it("counts a breach the incident page recorded, although the time spent open is within the target", () => {
    // Resolved in 60 min, reopened three days later past its deadline: the page recorded the resolve breach.
    const i = incident({
      acknowledgedAt: at(5),
      resolvedAt: at(4400),
      lifecycle: [resolved(60), reopened(4380), resolved(4400)],
      resolveBreachedAt: at(4380),
    });
    expect(incidentTiming(i, P1, at(5000))).toMatchObject({ openMs: 80 * MIN, response: "met", resolve: "breached" });
    expect(incidentTiming({ ...i, resolveBreachedAt: null }, P1, at(5000))).toMatchObject({ resolve: "met" });
  });
});
