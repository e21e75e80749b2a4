import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listDeployments } from "../action/deployments.ts";
import { listMarkersPage } from "../marker/list.ts";
import { generateKey, parseKey } from "../secrets/crypto.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { readDeployTargets } from "./read.ts";

const deps = { secretKey: parseKey(generateKey()) };
const t0 = new Date("2026-11-20T12:00:00.000Z");

describe("deployments kept for the charts", () => {
  let s: RoleSuite;
  let root: string;
  let shopTarget: string;
  let brokenTarget: string;

  beforeAll(async () => {
    s = await roleSuite();
    root = mkdtempSync(path.join(tmpdir(), "opsdeck-deploys-"));
    // Capistrano's layout: releases named by their UTC time, `current` pointing at the live one.
    for (const name of ["20261120100000", "20261120110000"])
      mkdirSync(path.join(root, "releases", name), { recursive: true });
    symlinkSync(path.join(root, "releases", "20261120110000"), path.join(root, "current"));
    const shop = await s.t.db.service.create({ data: { slug: "shop", name: "Shop" } });
    await s.t.db.service.create({ data: { slug: "mail", name: "Mail" } });
    shopTarget = (
      await s.t.db.target.create({
        data: { name: "shop releases", kind: "RELEASES", config: { root }, serviceId: shop.id },
      })
    ).id;
    brokenTarget = (
      await s.t.db.target.create({
        data: { name: "vercel without a token", kind: "VERCEL", config: { projectId: "prj_1" } },
      })
    ).id;
    await s.t.db.target.create({ data: { name: "stripe", kind: "STRIPE", config: {} } });
  });
  afterAll(async () => {
    rmSync(root, { recursive: true, force: true });
    await s.t.drop();
  });

  it("reads each deploy target once per interval across workers, keeping a provider's refusal", async () => {
    const first = await readDeployTargets({ db: s.t.db, deps, intervalSeconds: 300, now: t0 });
    expect(first).toEqual({ read: [shopTarget], failed: [brokenTarget] });
    // Another worker in the same interval finds both claimed.
    const other = await readDeployTargets({
      db: s.t.db,
      deps,
      intervalSeconds: 300,
      now: new Date(t0.getTime() + 60_000),
    });
    expect(other).toEqual({ read: [], failed: [] });
    const rows = await s.t.db.targetDeployment.findMany({ orderBy: { deployedAt: "asc" } });
    expect(rows.map((r) => [r.providerId, r.deployedAt.toISOString(), r.live])).toEqual([
      ["20261120100000", "2026-11-20T10:00:00.000Z", false],
      ["20261120110000", "2026-11-20T11:00:00.000Z", true],
    ]);
    const broken = await s.t.db.deployReadState.findUnique({ where: { targetId: brokenTarget } });
    expect(broken?.problem).toBeTruthy();
    expect(broken?.readAt).toBeNull();
  });

  it("takes a deployment's new state on the next read, and a look at the list keeps a new release at once", async () => {
    mkdirSync(path.join(root, "releases", "20261120120000"));
    rmSync(path.join(root, "current"));
    symlinkSync(path.join(root, "releases", "20261120120000"), path.join(root, "current"));
    const list = await listDeployments({ db: s.t.db, ctx: ctxOf(s.viewer), input: { id: shopTarget }, deps, now: t0 });
    expect(list.map((d) => d.id)).toEqual(["20261120120000", "20261120110000", "20261120100000"]);
    const rows = await s.t.db.targetDeployment.findMany({ orderBy: { deployedAt: "asc" } });
    expect(rows.map((r) => r.live)).toEqual([false, false, true]);
  });

  it("shows them as deploy markers on the charts of their target's service", async () => {
    const input = { from: "2026-11-20T09:00:00Z", to: "2026-11-20T13:00:00Z" };
    const shop = await listMarkersPage({ db: s.t.db, ctx: ctxOf(s.viewer), input: { ...input, service: "shop" } });
    expect(shop.items.map((m) => [m.kind, m.at, m.label, m.href])).toEqual(
      ["10", "11", "12"].map((h) => [
        "deploy",
        `2026-11-20T${h}:00:00.000Z`,
        "Deploy to shop releases",
        `/actions/targets/${shopTarget}`,
      ]),
    );
    const mail = await listMarkersPage({ db: s.t.db, ctx: ctxOf(s.viewer), input: { ...input, service: "mail" } });
    expect(mail.items).toEqual([]);
  });
});
