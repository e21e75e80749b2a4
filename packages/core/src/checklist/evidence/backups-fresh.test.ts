import type { Db } from "@opsdeck/db";
import { describe, expect, it } from "vitest";
import { backupsFresh } from "./backups-fresh.ts";
import { ago, DAY, freshDbPerTest, HOUR, MINUTE, NOW } from "./test-fixtures.ts";

const target = (db: Db, name: string, kind: "POSTGRES" | "VERCEL" = "POSTGRES") =>
  db.target.create({ data: { name, kind, config: {} } });

const backup = (
  db: Db,
  targetId: string,
  o: { at: Date; verifiedAt?: Date; failedAt?: Date; deleted?: boolean; runId?: string; origin?: "SAFETY" },
) =>
  db.backup.create({
    data: {
      targetId,
      runId: o.runId ?? null,
      origin: o.origin ?? "SCHEDULED",
      key: `k-${o.at.getTime()}-${Math.random()}`,
      sizeBytes: 1024n,
      sha256: "0".repeat(64),
      durationMs: 1000,
      serverVersion: "17.2",
      toolVersion: "17.2",
      rowCounts: { "public.orders": 10 },
      createdAt: o.at,
      verifiedAt: o.verifiedAt ?? null,
      verification: o.verifiedAt
        ? { ok: true, at: o.verifiedAt.toISOString() }
        : o.failedAt
          ? { ok: false, error: "row counts differ", at: o.failedAt.toISOString() }
          : undefined,
      deletedAt: o.deleted ? ago(HOUR) : null,
    },
  });

describe("backups.fresh", () => {
  const t = freshDbPerTest();

  it("is unknown without Postgres targets", async () => {
    await target(t.db, "web", "VERCEL");
    expect(await backupsFresh(t.db, NOW)).toEqual({
      rule: "backups.fresh",
      status: "unknown",
      summary: "No Postgres targets",
      links: [],
      evaluatedAt: NOW.toISOString(),
    });
  });

  it("passes with a backup 23 h 59 min old and a verification 89 days old, linking each target", async () => {
    const shop = await target(t.db, "shop-db");
    await backup(t.db, shop.id, { at: ago(100 * DAY), verifiedAt: ago(89 * DAY) });
    await backup(t.db, shop.id, { at: ago(24 * HOUR - MINUTE) });
    const r = await backupsFresh(t.db, NOW);
    expect(r).toMatchObject({
      status: "pass",
      summary: "shop-db backed up in the last 24 h and verified in the last 90 days",
      links: [{ label: "shop-db", href: `/actions/targets/${shop.id}` }],
    });
  });

  it("fails with a backup 24 h 1 min old", async () => {
    const shop = await target(t.db, "shop-db");
    await backup(t.db, shop.id, { at: ago(24 * HOUR + MINUTE), verifiedAt: ago(DAY) });
    const r = await backupsFresh(t.db, NOW);
    expect(r).toMatchObject({ status: "fail", summary: "shop-db: last backup 1 d ago" });
  });

  it("names each failing target and why, and links only those", async () => {
    const [shop, billing, ok] = await Promise.all([
      target(t.db, "shop-db"),
      target(t.db, "billing-db"),
      target(t.db, "ok-db"),
    ]);
    await backup(t.db, shop.id, { at: ago(2 * DAY) });
    await backup(t.db, billing.id, { at: ago(HOUR), verifiedAt: ago(91 * DAY) });
    await backup(t.db, ok.id, { at: ago(HOUR), verifiedAt: ago(DAY) });
    const r = await backupsFresh(t.db, NOW);
    expect(r.status).toBe("fail");
    expect(r.summary).toBe("billing-db: last verified 91 d ago. shop-db: last backup 2 d ago; never verified");
    expect(r.links).toEqual([
      { label: "billing-db", href: `/actions/targets/${billing.id}` },
      { label: "shop-db", href: `/actions/targets/${shop.id}` },
    ]);
  });

  it("ignores deleted backups, but not a verification made on a backup deleted since", async () => {
    const shop = await target(t.db, "shop-db");
    await backup(t.db, shop.id, { at: ago(HOUR), verifiedAt: ago(HOUR), deleted: true });
    expect((await backupsFresh(t.db, NOW)).summary).toBe("shop-db: no backup");
  });

  it("fails when the latest verification failed, even with an older success inside 90 days", async () => {
    const shop = await target(t.db, "shop-db");
    await backup(t.db, shop.id, { at: ago(30 * DAY), verifiedAt: ago(29 * DAY) });
    await backup(t.db, shop.id, { at: ago(HOUR), failedAt: ago(30 * MINUTE) });
    expect(await backupsFresh(t.db, NOW)).toMatchObject({
      status: "fail",
      summary: "shop-db: last verification failed 30 min ago",
    });
  });

  it("counts a backup by its row: a safety backup has no run, and a run may fail after its file is complete", async () => {
    const shop = await target(t.db, "shop-db");
    const run = await t.db.actionRun.create({
      data: { kind: "BACKUP", status: "FAILED", targetId: shop.id, params: {}, summary: "Back up", error: "retention" },
    });
    await backup(t.db, shop.id, { at: ago(2 * HOUR), runId: run.id, verifiedAt: ago(HOUR) });
    expect((await backupsFresh(t.db, NOW)).status).toBe("pass");
    await t.db.backup.deleteMany();
    await backup(t.db, shop.id, { at: ago(2 * HOUR), origin: "SAFETY", verifiedAt: ago(HOUR) });
    expect((await backupsFresh(t.db, NOW)).status).toBe("pass");
  });
});
