import { describe, expect, it } from "vitest";
import { evaluateJsonPath, jsonPathError } from "./json-path.ts";

describe("jsonPathError", () => {
  it.each([
    "$",
    "$.status",
    "$.data.items[0].name",
    "$.items[-1:]",
    "$.items[0,2]",
    "$.items[::2]",
    "$..id",
    "$.items[*].ok",
    "$['key with spaces']",
    '$["x-y"].z',
    "$.items[?(@.price > 10 && @.ok === true)].id",
    "$.é.ñ",
  ])("accepts %s", (path) => {
    expect(jsonPathError(path)).toBeUndefined();
  });

  it.each([
    ["", 'A JSON path must start with "$"'],
    ["status", 'A JSON path must start with "$"'],
    ["$.a[", 'Unclosed "[" at position 3'],
    ["$.a]", 'Unexpected "]" at position 3'],
    ["$.", 'Expected a property name after "." at position 2'],
    ["$..", 'Expected a property name after ".." at position 3'],
    ["$.a b", 'Unexpected " " at position 3'],
    ["$['a'", 'Unclosed "[" at position 1'],
    ["$[ 0 ]", "Invalid bracket \"[ 0 ]\" at position 1: use an index, a slice, '*', a quoted name or ?(filter)"],
    ["$.a[?(@.x ==)]", "Invalid expression in the bracket at position 3: Expected expression after =="],
    ["$.a[?()]", "Empty expression in the bracket at position 3"],
    ["$.a[?(@.x == 1]", 'Unclosed "(" in the bracket at position 3'],
  ])("rejects %j", (path, message) => {
    expect(jsonPathError(path)).toBe(message);
  });
});

describe("evaluateJsonPath", () => {
  const doc = { status: "ok", checks: [{ ok: true }, { ok: true }], nested: { list: [1, 2] } };

  it("passes when every match equals the expected value", () => {
    expect(evaluateJsonPath(doc, "$.checks[*].ok", true)).toEqual({ ok: true, matches: [true, true] });
    expect(evaluateJsonPath(doc, "$.nested", { list: [1, 2] }).ok).toBe(true);
  });

  it("reports no match and the first mismatching value", () => {
    expect(evaluateJsonPath(doc, "$.missing", 1)).toEqual({ ok: false, reason: "no-match", matches: [] });
    expect(evaluateJsonPath(doc, "$.nested.list[*]", 1)).toMatchObject({ ok: false, reason: "mismatch", actual: 2 });
    expect(evaluateJsonPath(doc, "$.status", "OK")).toMatchObject({ ok: false, actual: "ok" });
  });
});
