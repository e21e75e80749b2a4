import { describe, expect, it } from "vitest";
import { doneAgainstEvidence, signOffBlocker } from "./sign-off";
import { failing, item, run } from "./run-fixture.testing";

describe("signOffBlocker", () => {
  it("allows a current run with every item answered", () => {
    expect(signOffBlocker(run([item("a", { outcome: "DONE" }), item("b", { outcome: "NA" })]))).toBeNull();
  });

  it("names the open items, three at most", () => {
    const open = ["a", "b", "c", "d"].map((id) => item(id));
    expect(signOffBlocker(run(open))).toBe(
      '4 items have no answer yet: "Item a", "Item b", "Item c" and 1 more. Mark each done, not done or N/A first.',
    );
    expect(signOffBlocker(run([item("a", { outcome: "DONE" }), item("b")]))).toMatch(
      /^1 item has no answer yet: "Item b"\./,
    );
  });

  it("refuses a signed run and a past period's run", () => {
    const done = [item("a", { outcome: "DONE" })];
    expect(signOffBlocker(run(done, { signedOffAt: "2026-12-02T09:00:00.000Z" }))).toBe("This run is signed off.");
    expect(signOffBlocker(run(done, { current: false }))).toMatch(/2026-12-02 is over/);
  });
});

describe("doneAgainstEvidence", () => {
  it("finds done items without a remark whose latest evidence fails", () => {
    const passing = { ...failing, status: "pass" as const };
    const r = run([
      item("a", { outcome: "DONE", evidence: { opened: failing } }),
      item("b", { outcome: "DONE", remark: "known", evidence: { opened: failing } }),
      item("c", { outcome: "NOT_DONE", remark: "x", evidence: { opened: failing } }),
      item("d", { outcome: "DONE", evidence: { opened: failing, signed: passing } }),
      item("e", { outcome: "DONE", evidence: { opened: passing, signed: failing } }),
    ]);
    expect(doneAgainstEvidence(r).map((i) => i.id)).toEqual(["a", "e"]);
  });
});
