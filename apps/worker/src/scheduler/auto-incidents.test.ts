import { applyCheckChangesToIncidents } from "@opsdeck/core/incident/auto";
import { systemCtx } from "@opsdeck/core/roles";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventRow } from "./write-batch.ts";
import { ResultWriter } from "./writer.ts";

describe("state changes the writer commits", () => {
  let t: TestDb;
  let pool: pg.Pool;
  const checks: Record<string, { id: string; seq: number }> = {};

  beforeAll(async () => {
    t = await createTestDb();
    for (const slug of ["shop", "blog"]) {
      const service = await t.db.service.create({
        data: { slug, name: `${slug[0]?.toUpperCase()}${slug.slice(1)}`, autoIncidentSeverity: "P2" },
      });
      const c = await t.db.check.create({
        data: { serviceId: service.id, name: `${slug} http`, kind: "HTTP", config: {} },
      });
      checks[slug] = { id: c.id, seq: c.seq };
    }
    pool = new pg.Pool({ connectionString: t.url, max: 2 });
  });
  afterAll(async () => {
    await pool.end();
    await t.drop();
  });

  const down = (slug: string, atMs: number) => {
    const c = checks[slug] as { id: string; seq: number };
    const result = { checkSeq: c.seq, atMs, latencyMs: 5, status: "DOWN" as const, message: "HTTP 503" };
    const event: EventRow = {
      checkId: c.id,
      from: "UP",
      to: "DOWN",
      duringMaintenance: false,
      atMs,
      message: "HTTP 503",
    };
    return [result, null, event] as const;
  };
  const incidents = (slug: string) =>
    t.db.incident.findMany({ where: { service: { slug } }, include: { events: { orderBy: { at: "asc" } } } });
  const open = (events: EventRow[]) =>
    applyCheckChangesToIncidents({ db: t.db, ctx: systemCtx("worker"), input: { changes: events } });

  it("opens the service's incident once a DOWN is written", async () => {
    const writer = new ResultWriter(pool, { flushMs: 50 }, open);
    const atMs = Date.UTC(2026, 10, 23, 14);
    writer.add(...down("shop", atMs));
    expect(await writer.flush()).toBe(true);
    await writer.settle();
    const [i, ...rest] = await incidents("shop");
    expect(rest).toHaveLength(0);
    expect(i).toMatchObject({ title: "Shop is down", severity: "P2", detectedAt: new Date(atMs) });
    expect(i?.events.map((e) => e.message)).toEqual(["opened automatically: shop http DOWN"]);
    expect(await t.db.checkEvent.count({ where: { checkId: checks.shop?.id } })).toBe(1);
    await writer.stop();
  });

  it("keeps writing results while acting on a change fails, and retries it on a later flush", async () => {
    let failures = 2;
    const flaky = async (events: EventRow[]) => {
      if (failures-- > 0) throw new Error("database busy");
      return open(events);
    };
    const writer = new ResultWriter(pool, { flushMs: 50 }, flaky);
    const atMs = Date.UTC(2026, 10, 23, 15);
    writer.add(...down("blog", atMs));
    expect(await writer.flush()).toBe(true);
    await writer.settle();
    expect(writer.stats.failedHandOvers).toBe(2);
    expect(await incidents("blog")).toHaveLength(0);
    const [written] = await t.db.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM "CheckResult" WHERE "checkSeq" = ${checks.blog?.seq}`;
    expect(written?.n).toBe(1);
    await writer.flush();
    await writer.settle();
    const found = await incidents("blog");
    expect(found).toHaveLength(1);
    expect(found[0]?.events).toHaveLength(1);
    await writer.stop();
  });
});
