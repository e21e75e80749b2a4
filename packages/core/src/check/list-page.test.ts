import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countCheckStates } from "./counts.ts";
import { listCheckTiles } from "./list.ts";
import { type CheckSuite, checkSuite, ctxOf, insertCheck } from "./test-fixtures.ts";

const STATES = ["UP", "UP", "UP", "DOWN", "DEGRADED", "PAUSED", "UNKNOWN"] as const;

describe("listCheckTiles pages and counts", () => {
  let s: CheckSuite;
  let billing = "";
  beforeAll(async () => {
    s = await checkSuite();
    const db = s.t.db;
    billing = (await db.service.create({ data: { slug: "billing", name: "Billing" } })).id;
    for (let i = 0; i < 28; i++) {
      const state = STATES[i % STATES.length] ?? "UP";
      await insertCheck(db, i % 2 ? billing : s.serviceId, `check ${String(i).padStart(2, "0")}`, {
        state,
        paused: state === "PAUSED",
      });
    }
    // A window over billing shows its unpaused checks as MAINTENANCE; its paused ones stay PAUSED.
    const now = Date.now();
    await db.maintenanceWindow.create({
      data: { serviceId: billing, startsAt: new Date(now - 60_000), endsAt: new Date(now + 3_600_000), reason: "x" },
    });
  });
  afterAll(() => s.t.drop());

  const viewer = () => ctxOf(s.viewer);

  it("counts every check in the headline, with more checks than tiles on the page", async () => {
    const page = await listCheckTiles({ db: s.t.db, ctx: viewer(), input: { limit: 5 } });
    expect(page.services.flatMap((x) => x.checks)).toHaveLength(5);
    expect(page).toMatchObject({ total: 28, truncated: true, next: expect.any(String) });
    // api: checks 0, 2, … (14): UP ×6, DOWN ×2, DEGRADED ×2, PAUSED ×2, UNKNOWN ×2; billing's 14: PAUSED ×2, else MAINTENANCE.
    expect(page.counts).toEqual({
      total: 28,
      byState: { UP: 6, DOWN: 2, DEGRADED: 2, PAUSED: 4, UNKNOWN: 2, MAINTENANCE: 12 },
    });
    expect(await countCheckStates({ db: s.t.db, ctx: viewer() })).toEqual(page.counts);
    // Filters narrow the tiles and their total, never the headline.
    const down = await listCheckTiles({ db: s.t.db, ctx: viewer(), input: { state: "DOWN" } });
    expect(down.total).toBe(2);
    expect(down.counts.total).toBe(28);
  });

  for (const order of ["worst", "name"] as const)
    it(`walks every check exactly once by ${order} while checks are created and deleted`, async () => {
      const db = s.t.db;
      const initial = new Set((await db.check.findMany({ select: { id: true } })).map((c) => c.id));
      const created = new Set<string>();
      const deleted = new Set<string>();
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let n = 0; n < 100; n++) {
        const page = await listCheckTiles({ db, ctx: viewer(), input: { limit: 4, cursor, order } });
        seen.push(...page.services.flatMap((x) => x.checks.map((c) => c.id)));
        if (!page.next) break;
        cursor = page.next;
        // Between pages: a check is added and another (seen or not) removed.
        const added = await insertCheck(db, n % 2 ? billing : s.serviceId, `new ${order} ${n}`, { state: "DOWN" });
        created.add(added.id);
        const victims = [...initial, ...created].filter((id) => !deleted.has(id) && id !== added.id);
        const victim = victims[(n * 7) % victims.length] as string;
        await db.check.delete({ where: { id: victim } });
        deleted.add(victim);
      }
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of initial) if (!deleted.has(id)) expect(seen).toContain(id);
      for (const id of seen) expect(initial.has(id) || created.has(id)).toBe(true);
      expect(deleted.size).toBeGreaterThan(3);
    });

  it("refuses a cursor that is not one of this list's with a field error", async () => {
    const byName = await listCheckTiles({ db: s.t.db, ctx: viewer(), input: { limit: 2, order: "name" } });
    const bad = [
      "not a cursor!",
      "e30",
      Buffer.from('["checks.worst",1]').toString("base64url"),
      Buffer.from('["checks.worst","x","a","b","c"]').toString("base64url"),
      byName.next ?? "",
    ];
    for (const cursor of bad) {
      const err = await listCheckTiles({ db: s.t.db, ctx: viewer(), input: { cursor } }).catch((e) => e);
      expect(err.fieldErrors, cursor).toEqual({ cursor: [expect.stringMatching(/Not a cursor of this list/)] });
    }
    const long = await listCheckTiles({ db: s.t.db, ctx: viewer(), input: { cursor: "a".repeat(3000) } }).catch(
      (e) => e,
    );
    expect(Object.keys(long.fieldErrors)).toEqual(["cursor"]);
  });
});
