import { describe, expect, it } from "vitest";
import { overallLevel, serviceLevel } from "./state.ts";

const c = (state: "UP" | "DOWN" | "DEGRADED" | "MAINTENANCE" | "PAUSED" | "UNKNOWN", stale = false) => ({
  state,
  stale,
});

describe("status levels", () => {
  it("derives a service's level from its current checks", () => {
    expect(serviceLevel([c("UP"), c("UP")], [])).toBe("operational");
    expect(serviceLevel([c("UP"), c("DEGRADED")], [])).toBe("degraded");
    expect(serviceLevel([c("UP"), c("DOWN")], [])).toBe("partial_outage");
    expect(serviceLevel([c("DOWN"), c("DOWN"), c("PAUSED")], [])).toBe("major_outage");
    expect(serviceLevel([c("DOWN", true), c("UP")], [])).toBe("operational");
    expect(serviceLevel([c("MAINTENANCE"), c("UNKNOWN")], [])).toBe("maintenance");
    expect(serviceLevel([], [])).toBe("operational");
  });

  it("takes the worse of its checks and the severities of its open public incidents", () => {
    expect(serviceLevel([c("UP")], ["P3"])).toBe("degraded");
    expect(serviceLevel([c("UP")], ["P1"])).toBe("partial_outage");
    expect(serviceLevel([c("DEGRADED")], ["P0"])).toBe("major_outage");
    expect(serviceLevel([c("MAINTENANCE")], ["P2"])).toBe("degraded");
  });

  it("heads the page with the worst service, or an incident that affects no public service", () => {
    expect(overallLevel(["operational", "degraded"], [])).toBe("degraded");
    expect(overallLevel(["operational", "maintenance"], [])).toBe("operational");
    expect(overallLevel(["maintenance", "maintenance"], [])).toBe("maintenance");
    expect(overallLevel(["operational"], ["P0"])).toBe("major_outage");
    expect(overallLevel([], [])).toBe("operational");
  });
});
