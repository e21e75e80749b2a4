import { describe, expect, it } from "vitest";
import { runEventIsNews } from "./live";
import { run } from "./run-fixture.testing";

describe("runEventIsNews", () => {
  const r = run([], { id: "r1", version: 4 });
  it("ignores other checklists and versions the page has", () => {
    expect(runEventIsNews(r, "daily", { slug: "weekly", runId: "r9", version: 9 })).toBe(false);
    expect(runEventIsNews(r, "daily", { slug: "daily", runId: "r1", version: 4 })).toBe(false);
    expect(runEventIsNews(r, "daily", { slug: "daily", runId: "r1", version: 3 })).toBe(false);
  });
  it("reads again for a newer version, another run, or a first run", () => {
    expect(runEventIsNews(r, "daily", { slug: "daily", runId: "r1", version: 5 })).toBe(true);
    expect(runEventIsNews(r, "daily", { slug: "daily", runId: "r2", version: 0 })).toBe(true);
    expect(runEventIsNews(null, "daily", { slug: "daily", runId: "r2", version: 0 })).toBe(true);
    expect(runEventIsNews(r, "daily", { slug: "daily", runId: "r1" })).toBe(true);
  });
});
