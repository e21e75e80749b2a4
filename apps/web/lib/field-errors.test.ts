import { describe, expect, it } from "vitest";
import { fieldForPath, mapFieldErrors, pathSegments } from "./field-errors.ts";

const NAMES = ["name", "kind", "config.url", "config.expectedStatus", "config.headers", "intervalSeconds"];

describe("field error paths", () => {
  it("splits dotted and bracketed paths alike", () => {
    expect(pathSegments("config.expectedStatus.0")).toEqual(["config", "expectedStatus", "0"]);
    expect(pathSegments("config.headers[0].name")).toEqual(["config", "headers", "0", "name"]);
  });

  it("maps an indexed path to its field", () => {
    expect(fieldForPath("config.expectedStatus.0", NAMES)).toBe("config.expectedStatus");
    expect(fieldForPath("config.expectedStatus[2]", NAMES)).toBe("config.expectedStatus");
  });

  it("maps a nested path to its field, and a field to itself", () => {
    expect(fieldForPath("config.headers.X-Api-Key", NAMES)).toBe("config.headers");
    expect(fieldForPath("config.url", NAMES)).toBe("config.url");
  });

  it("prefers the longest matching name and never matches a name that is only a text prefix", () => {
    expect(fieldForPath("config.url.host", ["config", "config.url"])).toBe("config.url");
    expect(fieldForPath("config.urlish", NAMES)).toBeUndefined();
    expect(fieldForPath("nameX", NAMES)).toBeUndefined();
  });

  it("merges the errors of one field and keeps unclaimed paths", () => {
    const mapped = mapFieldErrors(
      {
        "config.expectedStatus.0": ["Use a status code from 100 to 599"],
        "config.expectedStatus.1": ["Use a status code from 100 to 599", "Use a range like 200-299"],
        "config.timeoutMs": ["Use at least 50 ms"],
        name: ["Name the check"],
      },
      NAMES,
    );
    expect(mapped).toEqual({
      "config.expectedStatus": ["Use a status code from 100 to 599", "Use a range like 200-299"],
      "config.timeoutMs": ["Use at least 50 ms"],
      name: ["Name the check"],
    });
  });

  it("returns nothing for no errors", () => {
    expect(mapFieldErrors(undefined, NAMES)).toEqual({});
  });
});
