import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listIncidentsPage } from "../incident/list.ts";
import { listActionItemsPage } from "../postmortem/list-action-items.ts";
import { listServicesPage } from "../service/list.ts";
import { runbookTargets } from "../severity/policy.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { encodeCursor, readCursor } from "./keyset.ts";
import type { Page } from "./schemas.ts";

const DAY = 86_400_000;
const base = Date.parse("2026-11-20T00:00:00.000Z");

/**
 * Walk a list a few items at a time, running `between` after each page (which adds and removes rows);
 * every row there from start to end must come exactly once, and nothing else but rows added meanwhile.
 */
async function walk(
  page: (cursor: string | undefined) => Promise<Page<{ id: string }>>,
  all: () => Promise<string[]>,
  between: (n: number, alive: string[]) => Promise<{ added: string; removed: string }>,
) {
  const initial = new Set(await all());
  const added = new Set<string>();
  const removed = new Set<string>();
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let n = 0; n < 200; n++) {
    const p = await page(cursor);
    seen.push(...p.items.map((i) => i.id));
    if (!p.next) break;
    cursor = p.next;
    const alive = [...initial, ...added].filter((id) => !removed.has(id));
    const change = await between(n, alive);
    added.add(change.added);
    removed.add(change.removed);
  }
  expect(new Set(seen).size, "no item twice").toBe(seen.length);
  for (const id of initial) if (!removed.has(id)) expect(seen, "every lasting item").toContain(id);
  for (const id of seen) expect(initial.has(id) || added.has(id)).toBe(true);
  expect(removed.size).toBeGreaterThan(2);
}

describe("keyset pages of the lists", () => {
  let s: RoleSuite;
  beforeAll(async () => {
    s = await roleSuite();
  });
  afterAll(() => s.t.drop());
  const viewer = () => ctxOf(s.viewer);

  it("walks services by tier and name, with equal names, while services come and go", async () => {
    const db = s.t.db;
    const tiers = ["TIER_1", "TIER_2", "TIER_3"] as const;
    for (let i = 0; i < 16; i++)
      await db.service.create({
        data: { slug: `svc-${i}`, name: i % 4 ? `Service ${i % 5}` : "Same", tier: tiers[i % 3] },
      });
    await walk(
      (cursor) => listServicesPage({ db, ctx: viewer(), input: { limit: 3, cursor } }),
      async () => (await db.service.findMany({ select: { id: true } })).map((x) => x.id),
      async (n, alive) => {
        const added = await db.service.create({ data: { slug: `new-${n}`, name: "Same", tier: tiers[n % 3] } });
        const removed = alive[(n * 5) % alive.length] as string;
        await db.service.delete({ where: { id: removed } });
        return { added: added.id, removed };
      },
    );
    const first = await listServicesPage({ db, ctx: viewer(), input: {} });
    expect(first.next).toBeNull();
    expect(first.items.length).toBe(await db.service.count());
  });

  for (const status of ["open", "all"] as const)
    it(`walks ${status} incidents in their order while incidents come and go`, async () => {
      const db = s.t.db;
      const sev = ["P0", "P1", "P2", "P3"] as const;
      for (let i = 0; i < 14; i++)
        await db.incident.create({
          data: {
            title: `${status} ${i}`,
            severity: sev[i % 4] ?? "P3",
            ...runbookTargets(sev[i % 4] ?? "P3"),
            status: i % 5 === 0 ? "RESOLVED" : "INVESTIGATING",
            detectedAt: new Date(base + (i % 3) * DAY),
          },
        });
      const where = status === "open" ? { status: { not: "RESOLVED" as const } } : {};
      await walk(
        (cursor) => listIncidentsPage({ db, ctx: viewer(), input: { status, limit: 2, cursor } }),
        async () => (await db.incident.findMany({ where, select: { id: true } })).map((x) => x.id),
        async (n, alive) => {
          const added = await db.incident.create({
            data: {
              title: `new ${n}`,
              severity: sev[n % 4] ?? "P3",
              ...runbookTargets(sev[n % 4] ?? "P3"),
              detectedAt: new Date(base + (n % 3) * DAY),
            },
          });
          const removed = alive[(n * 3) % alive.length] as string;
          await db.incident.delete({ where: { id: removed } });
          return { added: added.id, removed };
        },
      );
    });

  it("walks action items with and without due dates (none last)", async () => {
    const db = s.t.db;
    const incident = await db.incident.create({
      data: { title: "pm", severity: "P2", ...runbookTargets("P2"), status: "RESOLVED" },
    });
    const pm = await db.postmortem.create({ data: { incidentId: incident.id } });
    const item = (n: number, dueDate: Date | null) =>
      db.actionItem.create({ data: { postmortemId: pm.id, title: `item ${n}`, dueDate } });
    for (let i = 0; i < 13; i++) await item(i, i % 3 === 0 ? null : new Date(base + (i % 4) * DAY));
    await walk(
      (cursor) => listActionItemsPage({ db, ctx: viewer(), input: { limit: 2, cursor } }),
      async () => (await db.actionItem.findMany({ select: { id: true } })).map((x) => x.id),
      async (n, alive) => {
        const added = await item(100 + n, n % 2 ? null : new Date(base + (n % 4) * DAY));
        const removed = alive[(n * 7) % alive.length] as string;
        await db.actionItem.delete({ where: { id: removed } });
        return { added: added.id, removed };
      },
    );
  });

  it("refuses cursors of another list, of the wrong shape or not base64url, on the cursor field", async () => {
    const services = { list: "services", fields: [{ field: "name", type: "string" as const }] };
    const good = encodeCursor(services, ["Billing"]);
    expect(readCursor(services, good)).toEqual(["Billing"]);
    expect(readCursor(services, "")).toBeUndefined();
    const incidents = await listIncidentsPage({ db: s.t.db, ctx: viewer(), input: { status: "all", limit: 1 } });
    for (const cursor of [good, "%%%", "bm90IGpzb24", incidents.next ?? "", encodeCursor(services, [3])]) {
      const err = await listServicesPage({ db: s.t.db, ctx: viewer(), input: { cursor } }).catch((e) => e);
      expect(err.fieldErrors, cursor).toEqual({ cursor: [expect.stringMatching(/Not a cursor of this list/)] });
    }
    const date = { list: "d", fields: [{ field: "at", type: "date" as const }] };
    const bad = (() => {
      try {
        return readCursor(date, encodeCursor(date, ["2026-13-45"]));
      } catch (e) {
        return e as { fieldErrors?: unknown };
      }
    })();
    expect(bad).toMatchObject({ fieldErrors: { cursor: [expect.any(String)] } });
    expect(readCursor(date, encodeCursor(date, [new Date(base)]))).toEqual([new Date(base)]);
  });
});
