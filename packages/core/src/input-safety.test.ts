import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationError } from "./errors.ts";
import { isUnsafeText, unsafeInputErrors } from "./input-safety.ts";
import { parseInput } from "./validate.ts";

describe("isUnsafeText", () => {
  it("refuses NUL and unpaired surrogates, accepts paired ones", () => {
    expect(isUnsafeText("a\u0000b")).toBe(true);
    expect(isUnsafeText("\ud800")).toBe(true);
    expect(isUnsafeText("x\udc00")).toBe(true);
    expect(isUnsafeText("\udc00\ud800")).toBe(true);
    expect(isUnsafeText("ok 😀 ü \u0001")).toBe(false);
  });
});

describe("unsafeInputErrors", () => {
  it("names the field, through nested objects and arrays", () => {
    expect(unsafeInputErrors({ name: "ok", config: { headers: ["a", "b\u0000"] } })).toEqual({
      "config.headers.1": [expect.stringContaining("NUL")],
    });
  });

  it("refuses unsafe property names", () => {
    expect(Object.keys(unsafeInputErrors({ config: { "x\ud800": 1 } }) ?? {})).toEqual(["config.(name)"]);
  });

  it("refuses nesting past the limit without overflowing the stack", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const errors = unsafeInputErrors({ config: deep }, 32);
    expect(Object.values(errors ?? {}).flat()).toEqual([expect.stringContaining("at most 32 levels")]);
  });

  it("passes safe input", () => {
    expect(unsafeInputErrors({ a: [1, { b: "c" }], d: null })).toBeNull();
  });
});

describe("parseInput", () => {
  it("refuses unsafe text before the schema runs, naming the field", () => {
    const schema = z.object({ name: z.string().max(3) });
    try {
      parseInput(schema, { name: "ab\u0000cdef" });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ValidationError);
      expect(Object.keys((err as ValidationError).fieldErrors)).toEqual(["name"]);
    }
  });
});
