import { readFile } from "node:fs/promises";
import path from "node:path";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../errors.ts";
import { ctxOf, makeUser, type TestUser } from "../testing.ts";
import { importChecklists } from "./import-service.ts";

const fixture = (name: string) => readFile(path.join(import.meta.dirname, "import/fixtures", name), "utf8");

describe("importing checklists from a runbook", () => {
  let t: TestDb;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestDb();
    admin = await makeUser(t.db, { role: "ADMIN" });
  });
  afterAll(() => t.drop());

  it("previews without creating anything, then creates the chosen ones with fresh slugs", async () => {
    const markdown = await fixture("storefront-runbook.md");
    const ctx = ctxOf(admin);
    await t.db.checklistTemplate.create({ data: { slug: "daily", name: "Daily", cadence: "DAILY" } });
    const preview = await importChecklists({ db: t.db, ctx, input: { markdown, dryRun: true } });
    expect(preview.checklists.map((c) => [c.index, c.name, c.cadence, c.slug, c.items.length, c.created])).toEqual([
      [0, "Pre-Deployment Checklist", "PRE_DEPLOY", "pre-deployment-checklist", 7, false],
      [1, "Daily", "DAILY", "daily-2", 3, false],
      [2, "Weekly", "WEEKLY", "weekly", 3, false],
      [3, "Monthly", "MONTHLY", "monthly", 4, false],
      [4, "Quarterly", "QUARTERLY", "quarterly", 4, false],
    ]);
    expect(preview.skipped.map((s) => s.name)).toEqual(["Incident Checklist"]);
    expect(await t.db.checklistTemplate.count()).toBe(1);

    const made = await importChecklists({
      db: t.db,
      ctx,
      input: { markdown, source: "storefront-runbook.md", timeZone: "Europe/Berlin", only: [1, 4] },
    });
    expect(made.checklists.filter((c) => c.created).map((c) => c.slug)).toEqual(["daily-2", "quarterly"]);
    const daily = await t.db.checklistTemplate.findUniqueOrThrow({
      where: { slug: "daily-2" },
      include: { items: { orderBy: { position: "asc" } } },
    });
    expect(daily).toMatchObject({ cadence: "DAILY", timeZone: "Europe/Berlin", source: "storefront-runbook.md" });
    expect(daily.items.map((i) => i.title)).toEqual([
      "Check error logs",
      "Review order queue (pending fulfillment)",
      "Monitor low-stock alerts",
    ]);
    expect(await t.db.auditLog.count({ where: { action: "checklist.import" } })).toBe(2);
    const again = await importChecklists({ db: t.db, ctx, input: { markdown, dryRun: true } });
    expect(again.checklists[1]?.slug).toBe("daily-3");
  });

  it("is for admins, and refuses empty or oversized input with a field error", async () => {
    const responder = await makeUser(t.db, { role: "RESPONDER" });
    await expect(
      importChecklists({ db: t.db, ctx: ctxOf(responder), input: { markdown: "### Daily\n- x", dryRun: true } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importChecklists({ db: t.db, ctx: ctxOf(admin), input: { markdown: "" } })).rejects.toMatchObject({
      fieldErrors: { markdown: ["Paste or upload a runbook"] },
    });
    await expect(
      importChecklists({ db: t.db, ctx: ctxOf(admin), input: { markdown: "x".repeat(200_001) } }),
    ).rejects.toMatchObject({ fieldErrors: { markdown: ["At most 200,000 characters"] } });
  });
});
