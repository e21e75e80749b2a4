import { describe, expect, it } from "vitest";
import { assigneeValue, dueDayHint, itemDrafts, itemErrorsByKey, moveItem, parseAssignee } from "./template-values";

describe("moveItem", () => {
  const list = ["a", "b", "c", "d"];

  it("moves an entry up, down and across the list", () => {
    expect(moveItem(list, 2, 1)).toEqual(["a", "c", "b", "d"]);
    expect(moveItem(list, 0, 1)).toEqual(["b", "a", "c", "d"]);
    expect(moveItem(list, 3, 0)).toEqual(["d", "a", "b", "c"]);
  });

  it("leaves the list as it was for moves off either end, and never changes its argument", () => {
    expect(moveItem(list, 0, -1)).toEqual(list);
    expect(moveItem(list, 3, 4)).toEqual(list);
    expect(moveItem(list, 1, 1)).toEqual(list);
    expect(list).toEqual(["a", "b", "c", "d"]);
  });
});

describe("itemErrorsByKey", () => {
  it("files each item error under the item that was at that position when submitted", () => {
    const errors = {
      name: ["Name the checklist"],
      items: ["Use at most 100 items"],
      "items.0.title": ["Name the item"],
      "items.2.helpUrl": ["Use an http:// or https:// URL"],
      "items.2.id": ["This item is listed twice"],
      "items.1": ["Something about the whole item"],
    };
    expect(itemErrorsByKey(errors, ["k1", "k2", "k3"])).toEqual({
      k1: { title: ["Name the item"] },
      k2: { other: ["Something about the whole item"] },
      k3: { helpUrl: ["Use an http:// or https:// URL"], id: ["This item is listed twice"] },
    });
  });

  it("drops errors of positions no submitted item had", () => {
    expect(itemErrorsByKey({ "items.5.title": ["Name the item"] }, ["k1"])).toEqual({});
  });
});

describe("itemDrafts", () => {
  it("turns stored items into editable drafts keyed by their id, nulls as blanks", () => {
    const stored = [
      { id: "i1", position: 0, title: "Look", detail: null, helpUrl: null, evidence: null },
      { id: "i2", position: 1, title: "Up", detail: "All green", helpUrl: "https://x.test", evidence: "checks.all_up" },
    ];
    expect(itemDrafts(stored)).toEqual([
      { key: "i1", id: "i1", title: "Look", detail: "", helpUrl: "", evidence: "" },
      { key: "i2", id: "i2", title: "Up", detail: "All green", helpUrl: "https://x.test", evidence: "checks.all_up" },
    ]);
  });
});

describe("assignee choice", () => {
  it("round-trips a role and a person through the select's value", () => {
    expect(parseAssignee(assigneeValue({ role: "ADMIN" }))).toEqual({ role: "ADMIN" });
    expect(parseAssignee(assigneeValue({ role: "RESPONDER" }))).toEqual({ role: "RESPONDER" });
    expect(parseAssignee(assigneeValue({ userId: "u1" }))).toEqual({ userId: "u1" });
  });

  it("reads nothing from other values", () => {
    for (const v of ["", "role:VIEWER", "user:", "u1"]) expect(parseAssignee(v)).toBeNull();
  });
});

describe("dueDayHint", () => {
  it("names the weekday of a weekly checklist's due day", () => {
    expect(dueDayHint("WEEKLY", "1")).toBe("Monday");
    expect(dueDayHint("WEEKLY", "5")).toBe("Friday");
    expect(dueDayHint("WEEKLY", "7")).toBe("Sunday");
  });

  it("says when a day some months or quarters lack falls on their last", () => {
    expect(dueDayHint("MONTHLY", "15")).toBe("Day 15 of the month");
    expect(dueDayHint("MONTHLY", "31")).toBe("In shorter months: their last day");
    expect(dueDayHint("QUARTERLY", "91")).toBe("In shorter quarters: their last day");
  });

  it("gives the range for a day out of it", () => {
    expect(dueDayHint("WEEKLY", "8")).toBe("1 to 7");
    expect(dueDayHint("MONTHLY", "")).toBe("1 to 31");
    expect(dueDayHint("QUARTERLY", "2.5")).toBe("1 to 92");
  });
});
