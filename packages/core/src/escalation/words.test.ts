import { describe, expect, it } from "vitest";
import { repeatInWords, servicesInWords, stepInWords } from "./words.ts";

describe("escalation policies in words", () => {
  it("says whom each step pages and how long it waits", () => {
    expect(stepInWords({ notify: { schedule: "Platform on-call", layer: "primary" }, waitMinutes: 5 })).toBe(
      "Page the current Primary of 'Platform on-call', then wait 5 min",
    );
    expect(stepInWords({ notify: { email: "ana@example.com" }, waitMinutes: 90 })).toBe(
      "Page ana@example.com, then wait 1 h 30 min",
    );
    expect(stepInWords({ notify: { schedule: "Ops", layer: "Secondary" }, waitMinutes: 1440 })).toBe(
      "Page the current Secondary of 'Ops', then wait 1 d",
    );
  });

  it("says how often the chain runs and which services it covers", () => {
    expect(repeatInWords(0)).toBe("Runs once, no repeat");
    expect(repeatInWords(1)).toBe("Repeats once (2 runs in all)");
    expect(repeatInWords(5)).toBe("Repeats 5 times (6 runs in all)");
    expect(servicesInWords({ services: [] })).toBe("All services");
    expect(servicesInWords({ services: ["shop", "api"] })).toBe("shop, api");
  });
});
