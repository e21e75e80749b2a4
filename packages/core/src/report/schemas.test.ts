import { describe, expect, it } from "vitest";
import { safeParseInput } from "../validate.ts";
import { ZIncidentReport } from "./schemas.ts";

const errors = (input: unknown) => {
  const r = safeParseInput(ZIncidentReport, input);
  return r.success ? null : r.fieldErrors;
};

describe("ZIncidentReport", () => {
  it("takes two days and a zone (UTC unless given); one day is a period", () => {
    expect(ZIncidentReport.parse({ from: "2026-03-01", to: "2026-03-31" })).toEqual({
      from: "2026-03-01",
      to: "2026-03-31",
      zone: "UTC",
    });
    expect(errors({ from: "2026-03-01", to: "2026-03-01", zone: "America/New_York" })).toBeNull();
    expect(errors({ from: "2025-01-01", to: "2025-12-31" })).toBeNull();
    expect(errors({ from: "2024-01-01", to: "2024-12-31" })).toBeNull(); // 366 days
  });

  it("names the field of each mistake", () => {
    expect(errors({ from: "2026-03-31", to: "2026-03-01" })).toEqual({ to: ["Must not be before the first day"] });
    expect(errors({ from: "2024-01-01", to: "2025-01-01" })).toEqual({ to: ["A report covers at most 366 days"] });
    expect(errors({ from: "2026-02-30", to: "2026-03-01" })).toEqual({ from: ["No such day"] });
    expect(errors({ from: "03/01/2026", to: "2026-03-01" })?.from).toBeDefined();
    expect(errors({ from: "0001-01-01", to: "0001-01-02" })).toEqual({
      from: ["A day from 1970-01-01 to 2999-12-31"],
      to: ["A day from 1970-01-01 to 2999-12-31"],
    });
    expect(errors({ from: "2026-03-01", to: "2026-03-02", zone: "Mars/Olympus" })).toEqual({
      zone: ["Unknown time zone"],
    });
    expect(errors({ from: "2026-03-01", to: "2026-03-02", zone: "" })).toEqual({ zone: ["Unknown time zone"] });
    expect(errors({})).toMatchObject({ from: expect.any(Array), to: expect.any(Array) });
  });
});
