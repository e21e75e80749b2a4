import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStatusPage, readStatusPage } from "./build.ts";
import { PRIVATE_STRINGS, STATUS_NOW, type StatusSuite, statusSuite } from "./test-fixtures.ts";

describe("buildStatusPage", () => {
  let s: StatusSuite;
  beforeAll(async () => {
    s = await statusSuite();
  });
  afterAll(() => s.t.drop());

  it("lists only public services, by public name, with their state and 90 daily uptime values", async () => {
    const page = await buildStatusPage(s.db, STATUS_NOW);
    expect(page.services.map((x) => [x.name, x.state])).toEqual([
      ["Checkout", "partial_outage"],
      ["Search", "operational"],
    ]);
    const checkout = page.services[0];
    expect(checkout?.days).toHaveLength(90);
    expect(checkout?.days[89]).toEqual({ date: "2026-11-23", uptime: 0.99 });
    expect(checkout?.days[87]).toEqual({ date: "2026-11-21", uptime: 1 });
    expect(checkout?.days[0]?.date).toBe("2026-08-26");
    expect(checkout?.uptime90).toBeCloseTo(149 / 150);
    expect(page.services[1]).toMatchObject({ uptime90: null, stateLabel: "Operational" });
    expect(page.state).toBe("partial_outage");
  });

  it("shows open public incidents with their status updates, not notes, and public incidents resolved this week", async () => {
    const page = await buildStatusPage(s.db, STATUS_NOW);
    expect(page.incidents).toHaveLength(1);
    expect(page.incidents[0]).toMatchObject({
      title: "Checkout errors",
      severity: "P1",
      status: "IDENTIFIED",
      statusLabel: "Identified",
      services: ["Checkout"],
      updates: [{ status: "IDENTIFIED", message: "We found the cause and are rolling out a fix." }],
    });
    expect(page.recent.map((i) => [i.title, i.updates.map((u) => u.message)])).toEqual([
      ["Slow search results", ["Fixed."]],
    ]);
  });

  it("holds nothing private: no private service, check, host, incident, note, slug or person", async () => {
    const read = await readStatusPage(s.db, STATUS_NOW);
    const text = JSON.stringify(read.page);
    for (const secret of PRIVATE_STRINGS) expect(text).not.toContain(secret);
    expect(read.checkIds.size).toBe(2);
  });

  it("leaves out stale checks: with no worker running, only incidents set a service's state", async () => {
    const later = new Date(STATUS_NOW.getTime() + 3_600_000);
    const page = await buildStatusPage(s.db, later);
    expect(page.services[0]?.state).toBe("partial_outage"); // the open P1 affects it
    await s.db.incident.updateMany({ data: { public: false } });
    expect((await buildStatusPage(s.db, later)).services.map((x) => x.state)).toEqual(["operational", "operational"]);
    await s.db.incident.updateMany({ where: { title: { not: { contains: "Ledger" } } }, data: { public: true } });
  });
});
