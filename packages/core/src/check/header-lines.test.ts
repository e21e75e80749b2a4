import { describe, expect, it } from "vitest";
import { parseHeaderLines } from "./header-lines.ts";

describe("parseHeaderLines", () => {
  it("reads one Name: value per line, splitting at the first colon and skipping blank lines", () => {
    const text = "Authorization: Bearer a:b\r\n\n  X-Api-Key :k1  \nAccept:";
    expect(parseHeaderLines(text)).toEqual({
      headers: { Authorization: "Bearer a:b", "X-Api-Key": "k1", Accept: "" },
      errors: [],
    });
    expect(parseHeaderLines("  \n")).toEqual({ headers: {}, errors: [] });
  });

  it("names each malformed or repeated line", () => {
    const { errors } = parseHeaderLines("Accept: text/plain\nno colon here\n: no name\naccept: */*");
    expect(errors).toEqual([
      "Line 2: write it as Name: value (e.g. Authorization: Bearer …)",
      "Line 3: write it as Name: value (e.g. Authorization: Bearer …)",
      "Line 4: accept is already set on line 1",
    ]);
  });
});
