import type { ServiceHealthSummaryDto } from "@opsdeck/core";
import { describe, expect, it } from "vitest";
import { parseServiceSort, type ServiceRow, sortServices } from "./sort.ts";

const row = (name: string, tier: string, openIncidentCount: number, state: ServiceHealthSummaryDto["state"] | undefined): ServiceRow =>
  ({
    id: name,
    slug: name,
    name,
    tier,
    openIncidentCount,
    health: state === undefined ? null : { state, checkCount: 1, worst: state && { id: name, name: `${name} check`, state } },
  }) as ServiceRow;

const rows = [row("billing", "TIER_1", 0, "UP"), row("auth", "TIER_2", 2, "DEGRADED"), row("docs", "TIER_3", 0, undefined), row("api", "TIER_1", 1, "DOWN")];
const names = (sorted: ServiceRow[]) => sorted.map((r) => r.name);

describe("sortServices", () => {
  it("sorts by tier, then name", () => {
    expect(names(sortServices(rows, "tier"))).toEqual(["api", "billing", "auth", "docs"]);
  });
  it("sorts by health worst first, services without checks last", () => {
    expect(names(sortServices(rows, "health"))).toEqual(["api", "auth", "billing", "docs"]);
  });
  it("sorts by open incidents, most first", () => {
    expect(names(sortServices(rows, "incidents"))).toEqual(["auth", "api", "billing", "docs"]);
  });
  it("sorts by name and leaves its input alone", () => {
    expect(names(sortServices(rows, "name"))).toEqual(["api", "auth", "billing", "docs"]);
    expect(names(rows)).toEqual(["billing", "auth", "docs", "api"]);
  });
  it("falls back to tier for an unknown sort", () => {
    expect(parseServiceSort("bogus")).toBe("tier");
    expect(parseServiceSort(undefined)).toBe("tier");
    expect(parseServiceSort("health")).toBe("health");
  });
});
