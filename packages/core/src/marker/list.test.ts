import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runbookTargets } from "../severity/policy.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import type { MarkerDto } from "./dto.ts";
import { listMarkersPage } from "./list.ts";

const base = Date.parse("2026-11-20T00:00:00.000Z");
const at = (minutes: number) => new Date(base + minutes * 60_000);
const range = { from: at(0).toISOString(), to: at(600).toISOString() };

describe("markers of a time range", () => {
  let s: RoleSuite;
  const ids: Record<string, string> = {};
  const list = (input: Record<string, unknown>) =>
    listMarkersPage({ db: s.t.db, ctx: ctxOf(s.viewer), input: { ...range, ...input } });

  beforeAll(async () => {
    s = await roleSuite();
    const db = s.t.db;
    const shop = await db.service.create({ data: { slug: "shop", name: "Shop" } });
    const mail = await db.service.create({ data: { slug: "mail", name: "Mail" } });
    const incident = (title: string, detected: number, services: string[], resolved?: number, auto?: string) =>
      db.incident.create({
        data: {
          title,
          severity: "P2",
          ...runbookTargets("P2"),
          detectedAt: at(detected),
          autoServiceId: auto ?? null,
          ...(resolved !== undefined && { status: "RESOLVED", resolvedAt: at(resolved) }),
          services: { create: services.map((serviceId) => ({ serviceId })) },
        },
      });
    ids.shopDown = (await incident("Shop is down", 10, [shop.id], 50, shop.id)).id;
    ids.both = (await incident("Both slow", 50, [shop.id, mail.id])).id;
    ids.mailOld = (await incident("Mail before the range", -30, [mail.id], 20)).id;
    ids.late = (await incident("After the range", 700, [shop.id])).id;
    const releases = await db.target.create({
      data: { name: "shop releases", kind: "RELEASES", config: {}, serviceId: shop.id },
    });
    const stripe = await db.target.create({ data: { name: "stripe", kind: "STRIPE", config: {} } });
    const run = (
      kind: "ROLLBACK" | "REPLAY",
      status: "SUCCEEDED" | "FAILED" | "CANCELLED" | "RUNNING",
      targetId: string,
      finished: number | null,
      started = true,
    ) =>
      db.actionRun.create({
        data: {
          kind,
          status,
          targetId,
          params: {},
          summary: "v2 → v1",
          startedAt: started ? at(0) : null,
          finishedAt: finished === null ? null : at(finished),
        },
      });
    ids.rollback = (await run("ROLLBACK", "SUCCEEDED", releases.id, 40)).id;
    ids.replay = (await run("REPLAY", "FAILED", stripe.id, 45)).id;
    ids.running = (await run("ROLLBACK", "RUNNING", stripe.id, null)).id;
    ids.neverStarted = (await run("REPLAY", "CANCELLED", stripe.id, 46, false)).id;
  });
  afterAll(() => s.t.drop());

  it("lists incidents at detection and resolution and finished runs, oldest first, only inside the range", async () => {
    const page = await list({});
    expect(page.next).toBeNull();
    expect(page.items.map((m) => [m.kind, m.at])).toEqual([
      ["incident", at(10).toISOString()],
      ["resolved", at(20).toISOString()],
      ["deploy", at(40).toISOString()],
      ["action", at(45).toISOString()],
      // The same instant: the id breaks the tie.
      ["incident", at(50).toISOString()],
      ["resolved", at(50).toISOString()],
    ]);
    const byId = Object.fromEntries(page.items.map((m) => [m.id, m])) as Record<string, MarkerDto>;
    expect(byId[`incident:${ids.shopDown}`]).toMatchObject({
      label: expect.stringMatching(/^Incident #\d+ \(P2\) opened automatically: Shop is down$/),
      href: expect.stringMatching(/^\/incidents\/\d+$/),
      outcome: null,
    });
    expect(byId[`incident:${ids.both}`]?.label).toMatch(/declared: Both slow$/);
    expect(byId[`run:${ids.rollback}`]).toMatchObject({
      kind: "deploy",
      label: expect.stringMatching(/^Rollback #\d+ on shop releases succeeded$/),
      href: `/actions/${ids.rollback}`,
      outcome: "SUCCEEDED",
    });
    expect(byId[`run:${ids.replay}`]).toMatchObject({ kind: "action", outcome: "FAILED" });
    expect(byId[`run:${ids.replay}`]?.label).toMatch(/^Webhook replay #\d+ on stripe failed$/);
    for (const id of [ids.running, ids.neverStarted]) expect(Object.keys(byId)).not.toContain(`run:${id}`);
  });

  it("keeps to a service's incidents and its targets' runs", async () => {
    const shop = await list({ service: "shop" });
    expect(shop.items.map((m) => m.id)).toEqual([
      `incident:${ids.shopDown}`,
      `run:${ids.rollback}`,
      `incident:${ids.both}`,
      `resolved:${ids.shopDown}`,
    ]);
    const mail = await list({ service: "mail" });
    expect(mail.items.map((m) => m.id)).toEqual([`resolved:${ids.mailOld}`, `incident:${ids.both}`]);
    await expect(list({ service: "nope" })).rejects.toMatchObject({
      fieldErrors: { service: ["No service has that slug"] },
    });
  });

  it("pages by time and id, each marker once, and refuses a cursor of another list", async () => {
    const all = (await list({})).items.map((m) => m.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let n = 0; n < 10; n++) {
      const page = await list({ limit: 2, cursor });
      seen.push(...page.items.map((m) => m.id));
      if (!page.next) break;
      cursor = page.next;
    }
    expect(seen).toEqual(all);
    const other = Buffer.from(JSON.stringify(["services", "x"])).toString("base64url");
    await expect(list({ cursor: other })).rejects.toMatchObject({ fieldErrors: { cursor: [expect.any(String)] } });
  });

  it("refuses a range that ends before it starts or spans more than 400 days, naming the field", async () => {
    await expect(list({ to: range.from })).rejects.toMatchObject({ fieldErrors: { to: ["End after the start"] } });
    await expect(list({ from: "2020-01-01", to: "2026-01-01" })).rejects.toMatchObject({
      fieldErrors: { from: [expect.stringMatching(/at most 400 days/)] },
    });
    await expect(list({ from: "yesterday" })).rejects.toMatchObject({ fieldErrors: { from: [expect.any(String)] } });
  });
});
