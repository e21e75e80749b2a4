import { describe, expect, it } from "vitest";
import { emptyFold, foldEvents, isEmptyFold } from "./fold.ts";
import type { LiveEvent } from "./kinds.ts";

const ev = (
  id: number,
  kind: LiveEvent["kind"],
  payload: Record<string, unknown> = {},
  minRole: LiveEvent["minRole"] = "VIEWER",
): LiveEvent => ({
  id,
  kind,
  payload,
  minRole,
});

describe("foldEvents", () => {
  it("coalesces many result batches into one set of checks", () => {
    const f = foldEvents(emptyFold(0), [
      ev(1, "check.results", { seqs: [1, 2, 3] }),
      ev(2, "check.results", { seqs: [2, 3, 4] }),
      ev(3, "check.results", { seqs: [1] }),
    ]);
    expect([...f.resultSeqs].sort()).toEqual([1, 2, 3, 4]);
    expect(f.lastId).toBe(3);
    expect(f.stateIds.size).toBe(0);
  });

  it("keeps state changes, history and refetch apart, and passes other events through in order", () => {
    const f = foldEvents(emptyFold(10), [
      ev(11, "check.state", { ids: ["a", "b"] }),
      ev(12, "incident.timeline", { incidentId: "i1" }),
      ev(13, "tiles.history"),
      ev(14, "check.state", { ids: ["a"] }),
      ev(15, "checks.changed"),
      ev(16, "action.log", { runId: "r" }, "RESPONDER"),
    ]);
    expect([...f.stateIds]).toEqual(["a", "b"]);
    expect(f.history).toBe(true);
    expect(f.refetchChecks).toBe(true);
    expect(f.other.map((e) => e.id)).toEqual([12, 16]);
    expect(f.lastId).toBe(16);
  });

  it("ignores events it already holds and malformed payloads", () => {
    const f = foldEvents(emptyFold(5), [
      ev(4, "check.state", { ids: ["old"] }),
      ev(6, "check.state", { ids: [1, "x", null] }),
      ev(7, "check.results", { seqs: "1,2" }),
    ]);
    expect([...f.stateIds]).toEqual(["x"]);
    expect(f.resultSeqs.size).toBe(0);
    expect(f.lastId).toBe(7);
  });

  it("says when there is nothing to send", () => {
    expect(isEmptyFold(emptyFold(3))).toBe(true);
    expect(isEmptyFold(foldEvents(emptyFold(0), [ev(1, "tiles.history")]))).toBe(false);
  });
});
