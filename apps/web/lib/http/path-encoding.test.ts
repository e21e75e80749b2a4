import { describe, expect, it } from "vitest";
import { hasMalformedEncoding } from "./path-encoding.ts";

describe("hasMalformedEncoding", () => {
  it("flags escapes that are not UTF-8 or not escapes at all", () => {
    for (const p of ["/api/v1/services/%ff%fe", "/api/v1/checks/%ff/run", "/x/%e2%82", "/x/%zz", "/x/%"]) {
      expect(hasMalformedEncoding(p), p).toBe(true);
    }
  });

  it("accepts plain and well-encoded paths", () => {
    for (const p of ["/", "/services/billing-api", "/x/%20y", "/x/%E2%82%AC", "/x/%25ff"]) {
      expect(hasMalformedEncoding(p), p).toBe(false);
    }
  });
});
