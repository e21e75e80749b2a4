import { describe, expect, it } from "vitest";
import { answeredOf, newerRun, withAnswers } from "./answers";
import { item, run } from "./run-fixture.testing";

describe("withAnswers", () => {
  const r = run([item("a"), item("b", { outcome: "DONE" }), item("c")]);

  it("leaves the run alone with nothing in flight", () => {
    expect(withAnswers(r, [])).toBe(r);
  });

  it("shows answers in flight and counts them", () => {
    const shown = withAnswers(r, [
      { itemId: "a", outcome: "NOT_DONE", remark: "disk full" },
      { itemId: "b", outcome: "NA", remark: "no replica" },
    ]);
    expect(shown.items.map((i) => [i.outcome, i.remark])).toEqual([
      ["NOT_DONE", "disk full"],
      ["NA", "no replica"],
      [null, null],
    ]);
    expect(shown.counts).toEqual({ done: 0, notDone: 1, na: 1, open: 1 });
    expect(answeredOf(shown.counts)).toBe(2);
    expect(r.items[0]?.outcome).toBeNull();
  });

  it("lets the later of two answers to one item win", () => {
    const shown = withAnswers(r, [
      { itemId: "a", outcome: "NA", remark: "x" },
      { itemId: "a", outcome: "DONE", remark: null },
    ]);
    expect(shown.items[0]).toMatchObject({ outcome: "DONE", remark: null });
  });

  it("ignores an answer to an item the run does not have", () => {
    expect(withAnswers(r, [{ itemId: "zz", outcome: "DONE", remark: null }]).counts).toEqual(r.counts);
  });
});

describe("newerRun", () => {
  const a = { id: "r1", version: 3 };
  it("keeps the cached run when the response is older", () => {
    expect(newerRun(a, { id: "r1", version: 2 })).toBe(a);
  });
  it("takes a newer version, another run, or the first run", () => {
    const next = { id: "r1", version: 4 };
    expect(newerRun(a, next)).toBe(next);
    const other = { id: "r2", version: 0 };
    expect(newerRun(a, other)).toBe(other);
    expect(newerRun(null, a)).toBe(a);
  });
});
