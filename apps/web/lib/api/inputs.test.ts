import { parseInput, ValidationError } from "@opsdeck/core";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { toJSONSchema } from "zod";
import {
  ZCreateCheckBody,
  ZCreateMaintenanceBody,
  ZCreateServiceBody,
  ZUpdateCheckBody,
  ZUpdateServiceBody,
} from "./inputs.ts";

function fieldErrors(schema: z.ZodType, input: unknown): Record<string, string[]> {
  try {
    parseInput(schema, input);
    return {};
  } catch (e) {
    if (e instanceof ValidationError) return e.fieldErrors;
    throw e;
  }
}

const http = { serviceId: "svc", name: "healthz", kind: "http", config: { url: "https://example.com/healthz" } };

describe("the API's request schemas", () => {
  it("check each kind's config against that kind, naming the field at fault", () => {
    expect(fieldErrors(ZCreateCheckBody, http)).toEqual({});
    expect(fieldErrors(ZCreateCheckBody, { ...http, kind: "HTTP" })).toEqual({});
    expect(fieldErrors(ZCreateCheckBody, { ...http, intervalSeconds: 5, config: { url: "not a url" } })).toEqual({
      intervalSeconds: ["Use at least 10 seconds"],
      "config.url": [expect.stringMatching(/absolute URL/)],
    });
    expect(Object.keys(fieldErrors(ZCreateCheckBody, { ...http, kind: "tcp" }))).toEqual(
      expect.arrayContaining(["config.host", "config"]),
    );
    expect(Object.keys(fieldErrors(ZCreateCheckBody, { ...http, kind: "ftp" }))).toEqual(["kind"]);
    expect(
      fieldErrors(ZCreateCheckBody, {
        serviceId: "svc",
        name: "nightly",
        kind: "heartbeat",
        config: { periodSeconds: 86_400 },
      }),
    ).toEqual({});
  });

  it("refuse unknown fields, at the top and in a config", () => {
    expect(fieldErrors(ZCreateServiceBody, { name: "Ledger", colour: "red" })._form?.join()).toMatch(/colour/);
    expect(
      fieldErrors(ZCreateCheckBody, { ...http, config: { ...http.config, colour: "red" } }).config?.join(),
    ).toMatch(/colour/);
  });

  it("leave out what the path gives", () => {
    expect(fieldErrors(ZUpdateCheckBody, { id: "c1" })._form?.join()).toMatch(/"id"/);
    expect(
      fieldErrors(ZCreateMaintenanceBody, {
        checkId: "c1",
        endsAt: "2030-01-01T00:00:00Z",
        reason: "upgrade",
      })._form?.join(),
    ).toMatch(/checkId/);
  });

  it("take a service's automatic incident severity, or null for none", () => {
    expect(parseInput(ZUpdateServiceBody, { autoIncidentSeverity: "P2" })).toEqual({ autoIncidentSeverity: "P2" });
    expect(parseInput(ZUpdateServiceBody, { autoIncidentSeverity: null })).toEqual({ autoIncidentSeverity: null });
    expect(Object.keys(fieldErrors(ZUpdateServiceBody, { autoIncidentSeverity: "P5" }))).toEqual([
      "autoIncidentSeverity",
    ]);
    const shape = toJSONSchema(ZUpdateServiceBody, { io: "input" }) as { properties: Record<string, unknown> };
    expect(JSON.stringify(shape.properties.autoIncidentSeverity)).toContain('"P0"');
  });

  it("take an update without a kind, checking a config against any kind's", () => {
    expect(fieldErrors(ZUpdateCheckBody, {})).toEqual({});
    expect(fieldErrors(ZUpdateCheckBody, { intervalSeconds: "x" })).toEqual({
      intervalSeconds: ["Use a whole number of seconds"],
    });
    expect(fieldErrors(ZUpdateCheckBody, { config: { host: "db.internal", port: 5432 } })).toEqual({});
    expect(fieldErrors(ZUpdateCheckBody, { kind: "tcp", config: { url: "https://example.com" } })).toHaveProperty([
      "config.host",
    ]);
  });

  it("want maintenance times as ISO 8601 date-times", () => {
    expect(fieldErrors(ZCreateMaintenanceBody, { endsAt: "2030-01-01T00:00:00+01:00", reason: "upgrade" })).toEqual({});
    expect(Object.keys(fieldErrors(ZCreateMaintenanceBody, { endsAt: "tomorrow", reason: "upgrade" }))).toEqual([
      "endsAt",
    ]);
  });
});
