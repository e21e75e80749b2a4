import { describe, expect, it } from "vitest";
import { incidentsNoneOpenMajor } from "./incidents-open-major.ts";
import { ago, DAY, freshDbPerTest, makeIncident, NOW } from "./test-fixtures.ts";

describe("incidents.none_open_major", () => {
  const t = freshDbPerTest();

  it("passes with no open P0 or P1, whatever else is open or resolved, and links the incident list", async () => {
    await makeIncident(t.db, { title: "Slow search", severity: "P2" });
    await makeIncident(t.db, { title: "Checkout down", severity: "P0", resolvedAt: ago(DAY) });
    expect(await incidentsNoneOpenMajor(t.db, NOW)).toEqual({
      rule: "incidents.none_open_major",
      status: "pass",
      summary: "No P0 or P1 incident is open",
      links: [{ label: "Incidents", href: "/incidents" }],
      evaluatedAt: NOW.toISOString(),
    });
  });

  it("fails naming each open P0 and P1, worst first, in any open status", async () => {
    const p1 = await makeIncident(t.db, { title: "Checkout down", severity: "P1" });
    const p0 = await makeIncident(t.db, { title: "Site down", severity: "P0", status: "MONITORING" });
    await makeIncident(t.db, { title: "Typo", severity: "P3" });
    const r = await incidentsNoneOpenMajor(t.db, NOW);
    expect(r.status).toBe("fail");
    expect(r.summary).toBe(`2 major incidents open: #${p0.number} P0 Site down; #${p1.number} P1 Checkout down`);
    expect(r.links).toEqual([
      { label: `Incident #${p0.number}`, href: `/incidents/${p0.number}` },
      { label: `Incident #${p1.number}`, href: `/incidents/${p1.number}` },
    ]);
  });
});
