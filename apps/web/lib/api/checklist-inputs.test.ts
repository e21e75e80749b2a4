import { safeParseInput } from "@opsdeck/core";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  outcomeOf,
  queryFlag,
  queryNumber,
  ZAnswerItemBody,
  ZChecklistRunsQuery,
  ZCreateChecklistBody,
  ZUpdateChecklistBody,
} from "./checklist-inputs.ts";

const fieldErrors = (schema: z.ZodType, input: unknown) => {
  const parsed = safeParseInput(schema, input);
  return parsed.success ? {} : parsed.fieldErrors;
};

describe("the checklist routes' request schemas", () => {
  it("take an answer in the API's words, leaving the remark rule to the service (422)", () => {
    expect(fieldErrors(ZAnswerItemBody, { result: "done" })).toEqual({});
    expect(fieldErrors(ZAnswerItemBody, { result: "not_done" })).toEqual({});
    expect(Object.keys(fieldErrors(ZAnswerItemBody, { result: "NOT_DONE" }))).toEqual(["result"]);
    expect(fieldErrors(ZAnswerItemBody, { result: "na", remark: "x", outcome: "NA" })._form?.join()).toMatch(/outcome/);
    expect(outcomeOf("not_done")).toBe("NOT_DONE");
    expect(outcomeOf("na")).toBe("NA");
  });

  it("leave the slug to the path and refuse unknown fields", () => {
    expect(fieldErrors(ZUpdateChecklistBody, { slug: "daily" })._form?.join()).toMatch(/slug/);
    const daily = { name: "Daily", cadence: "DAILY", timeZone: "UTC", items: [{ title: "Look at the Overview" }] };
    expect(fieldErrors(ZCreateChecklistBody, daily)).toEqual({});
    expect(Object.keys(fieldErrors(ZCreateChecklistBody, { ...daily, items: [] }))).toEqual(["items"]);
  });

  it("read days and numbers from the query as the core takes them", () => {
    expect(fieldErrors(ZChecklistRunsQuery, { from: "2026-11-01", to: "2026-11-30", limit: "50" })).toEqual({});
    expect(Object.keys(fieldErrors(ZChecklistRunsQuery, { from: "2026-02-30", limit: "0" }))).toEqual([
      "from",
      "limit",
    ]);
    expect([queryNumber("50"), queryNumber(undefined)]).toEqual([50, undefined]);
    expect([queryFlag("true"), queryFlag("false"), queryFlag(undefined)]).toEqual([true, false, undefined]);
  });
});
