import { describe, expect, it } from "vitest";
import { postmortemsNoneOverdue } from "./postmortems-none-overdue.ts";
import { ago, DAY, freshDbPerTest, HOUR, MINUTE, makeIncident, NOW } from "./test-fixtures.ts";

describe("postmortems.none_overdue", () => {
  const t = freshDbPerTest();

  it("passes while every due postmortem is published, and before the 48 hours are up", async () => {
    const done = await makeIncident(t.db, { title: "Site down", severity: "P0", resolvedAt: ago(5 * DAY) });
    await t.db.postmortem.create({ data: { incidentId: done.id, status: "PUBLISHED" } });
    await makeIncident(t.db, { title: "Checkout down", severity: "P1", resolvedAt: ago(48 * HOUR - MINUTE) });
    await makeIncident(t.db, { title: "Slow search", severity: "P2", resolvedAt: ago(9 * DAY) });
    await makeIncident(t.db, { title: "Still burning", severity: "P0" });
    expect(await postmortemsNoneOverdue(t.db, NOW)).toEqual({
      rule: "postmortems.none_overdue",
      status: "pass",
      summary: "No postmortem overdue: every P0 or P1 incident resolved more than 48 h ago has a published one",
      links: [{ label: "Postmortems", href: "/postmortems" }],
      evaluatedAt: NOW.toISOString(),
    });
  });

  it("fails for a missing or unpublished postmortem past 48 hours, linking the incident or the postmortem", async () => {
    const missing = await makeIncident(t.db, {
      title: "Site down",
      severity: "P0",
      resolvedAt: ago(48 * HOUR + MINUTE),
    });
    const draft = await makeIncident(t.db, { title: "Checkout down", severity: "P1", resolvedAt: ago(5 * DAY) });
    const pm = await t.db.postmortem.create({ data: { incidentId: draft.id, status: "IN_REVIEW" } });
    const r = await postmortemsNoneOverdue(t.db, NOW);
    expect(r.status).toBe("fail");
    expect(r.summary).toBe(
      `2 postmortems overdue: #${draft.number} P1 Checkout down (postmortem in review, due 3 d ago); ` +
        `#${missing.number} P0 Site down (no postmortem, due 1 min ago)`,
    );
    expect(r.links).toEqual([
      { label: `Postmortem #${draft.number}`, href: `/postmortems/${pm.id}` },
      { label: `Incident #${missing.number}`, href: `/incidents/${missing.number}` },
    ]);
  });
});
