import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { ctxOf, expectAuditClean, makeUser, type RoleSuite, roleSuite } from "../testing.ts";
import type { EvidenceRule } from "./evidence/rules.ts";
import { archiveChecklistTemplate, restoreChecklistTemplate } from "./template-archive.ts";
import { getChecklistTemplate } from "./template-dto.ts";
import type { TCreateChecklistTemplate } from "./template-schemas.ts";
import { createChecklistTemplate, updateChecklistTemplate } from "./template-write.ts";

const base = {
  name: "Daily database checks",
  cadence: "DAILY",
  timeZone: "Europe/Berlin",
  items: [{ title: "Backups are fresh", evidence: "backups.fresh" }, { title: "Replication lag under 10 s" }],
} satisfies TCreateChecklistTemplate;

describe("checklist templates: create, update, archive, restore", () => {
  let s: RoleSuite;
  const create = (input: Partial<TCreateChecklistTemplate>) =>
    createChecklistTemplate({ db: s.t.db, ctx: ctxOf(s.admin), input: { ...base, ...input } });
  const fieldErrorsOf = (p: Promise<unknown>) =>
    p.then(
      () => expect.fail("expected a ValidationError"),
      (e) => {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).fieldErrors;
      },
    );

  beforeAll(async () => {
    s = await roleSuite();
  });
  afterAll(() => s.t.drop());

  it("creates with defaults, a slug from the name, numbered items and an audit row", async () => {
    const c = await create({
      items: [...base.items, { title: "Disk", detail: "", helpUrl: "https://wiki.example/disk" }],
    });
    expect(c).toMatchObject({
      slug: "daily-database-checks",
      name: "Daily database checks",
      description: null,
      cadence: "DAILY",
      timeZone: "Europe/Berlin",
      dueTime: "10:00",
      dueDay: 1,
      graceMinutes: 120,
      assigneeRole: "RESPONDER",
      assignee: null,
      source: null,
      archivedAt: null,
      updatedAt: expect.any(String),
    });
    expect(c.items.map((i) => [i.position, i.title, i.detail, i.helpUrl, i.evidence])).toEqual([
      [0, "Backups are fresh", null, null, "backups.fresh"],
      [1, "Replication lag under 10 s", null, null, null],
      [2, "Disk", null, "https://wiki.example/disk", null],
    ]);
    const audit = await s.t.db.auditLog.findFirstOrThrow({ where: { action: "checklist.create", targetId: c.id } });
    expect(audit).toMatchObject({ targetType: "checklist", actorId: s.admin.id, before: null });
    expect(audit.after).toMatchObject({
      slug: c.slug,
      assigneeId: null,
      items: [{ title: "Backups are fresh" }, {}, {}],
    });
    expect(await getChecklistTemplate({ db: s.t.db, ctx: ctxOf(s.viewer), input: { slug: c.slug } })).toEqual(c);
  });

  it("names the field of each bad value and saves nothing", async () => {
    const count = await s.t.db.checklistTemplate.count();
    const cases: [Partial<TCreateChecklistTemplate>, Record<string, string[]>][] = [
      [{ slug: "zone", timeZone: "Mars/Base" }, { timeZone: ["Unknown time zone"] }],
      [{ slug: "time", dueTime: "24:00" }, { dueTime: ["Enter a time as HH:MM (00:00 to 23:59)"] }],
      [{ slug: "daily", dueDay: 2 }, { dueDay: ["Use 1: a daily checklist has no other due day"] }],
      [
        { slug: "deploy", cadence: "PRE_DEPLOY", dueDay: 3 },
        { dueDay: ["Use 1: a pre-deploy checklist has no other due day"] },
      ],
      [{ slug: "weekly", cadence: "WEEKLY", dueDay: 8 }, { dueDay: ["Use a day from 1 to 7 of the week"] }],
      [{ slug: "monthly", cadence: "MONTHLY", dueDay: 32 }, { dueDay: ["Use a day from 1 to 31 of the month"] }],
      [{ slug: "quarterly", cadence: "QUARTERLY", dueDay: 93 }, { dueDay: ["Use a day up to 92"] }],
      [
        { slug: "url", items: [{ title: "X", helpUrl: "javascript:alert(1)" }] },
        { "items.0.helpUrl": [expect.stringMatching(/http/)] },
      ],
      [
        { slug: "ftp", items: [{ title: "X", helpUrl: "ftp://files.example" }] },
        { "items.0.helpUrl": [expect.any(String)] },
      ],
      [
        { slug: "rule", items: [{ title: "X", evidence: "disk.full" as "backups.fresh" }] },
        { "items.0.evidence": [expect.stringMatching(/backups\.fresh/)] },
      ],
      [{ slug: "blank", items: [{ title: "  " }] }, { "items.0.title": ["Name the item"] }],
      [{ slug: "empty", items: [] }, { items: ["Add at least one item"] }],
      [{}, { slug: ["Another checklist has that slug"] }],
      [{ slug: "daily-database-checks" }, { slug: ["Another checklist has that slug"] }],
      [{ slug: "viewer", assigneeId: s.viewer.id }, { assigneeId: [expect.stringMatching(/responder or an admin/)] }],
      [{ slug: "nobody", assigneeId: "no-such-user" }, { assigneeId: ["No such user"] }],
    ];
    for (const [input, errors] of cases) expect(await fieldErrorsOf(create(input))).toEqual(errors);
    const disabled = await makeUser(s.t.db, { role: "ADMIN", disabled: true });
    expect(await fieldErrorsOf(create({ slug: "disabled", assigneeId: disabled.id }))).toEqual({
      assigneeId: ["That user is disabled"],
    });
    expect(await s.t.db.checklistTemplate.count()).toBe(count);
  });

  it("refuses a slug that would shadow a checklist page, given or made from the name", async () => {
    await expect(create({ name: "Import" })).rejects.toMatchObject({
      fieldErrors: { slug: ['"import" names a page of Opsdeck: choose another'] },
    });
    await expect(create({ name: "Morning", slug: "new" })).rejects.toMatchObject({
      fieldErrors: { slug: ['"new" names a page of Opsdeck: choose another'] },
    });
  });

  it("accepts the last due day of each cadence and a named responder", async () => {
    const weekly = await create({ slug: "weekly-ok", cadence: "WEEKLY", dueDay: 7, assigneeId: s.responder.id });
    expect(weekly).toMatchObject({ dueDay: 7, assignee: { id: s.responder.id, email: s.responder.email } });
    expect((await create({ slug: "quarterly-ok", cadence: "QUARTERLY", dueDay: 92 })).dueDay).toBe(92);
  });

  it("refuses viewers and responders every change", async () => {
    for (const user of [s.viewer, s.responder]) {
      const ctx = ctxOf(user);
      const db = s.t.db;
      const slug = "daily-database-checks";
      await expect(createChecklistTemplate({ db, ctx, input: { ...base, slug: "x" } })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(updateChecklistTemplate({ db, ctx, input: { slug, name: "X" } })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(archiveChecklistTemplate({ db, ctx, input: { slug } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(restoreChecklistTemplate({ db, ctx, input: { slug } })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await s.t.db.checklistTemplate.findUnique({ where: { slug: "x" } })).toBeNull();
  });

  it("renames, reorders, adds and removes items, keeping the ids of listed ones and past runs' copies", async () => {
    const db = s.t.db;
    const before = await create({
      slug: "items",
      items: [{ title: "A" }, { title: "B" }, { title: "C", detail: "see wiki" }],
    });
    const [a, b, c] = before.items.map((i) => i.id);
    await db.checklistRun.create({
      data: {
        templateId: before.id,
        periodKey: "2026-11-23",
        results: { create: before.items.map((i) => ({ itemId: i.id, position: i.position, title: i.title })) },
      },
    });
    const after = await updateChecklistTemplate({
      db,
      ctx: ctxOf(s.admin),
      input: {
        slug: "items",
        name: "Items",
        items: [
          { id: c, title: "C", detail: "" },
          { title: "New" },
          { id: a, title: "A renamed", evidence: "checks.all_up" },
        ],
        expectedUpdatedAt: before.updatedAt,
      },
    });
    expect(after.items).toEqual([
      { id: c, position: 0, title: "C", detail: null, helpUrl: null, evidence: null },
      { id: expect.any(String), position: 1, title: "New", detail: null, helpUrl: null, evidence: null },
      { id: a, position: 2, title: "A renamed", detail: null, helpUrl: null, evidence: "checks.all_up" },
    ]);
    expect(after).toMatchObject({ name: "Items", slug: "items" });
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
    const copies = await db.checklistItemResult.findMany({
      orderBy: { position: "asc" },
      where: { run: { templateId: before.id } },
    });
    expect(copies.map((r) => [r.itemId, r.title])).toEqual([
      [a, "A"],
      [null, "B"],
      [c, "C"],
    ]);
    expect(await db.checklistTemplateItem.findUnique({ where: { id: b as string } })).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "checklist.update", targetId: before.id } });
    expect(audit.before).toMatchObject({
      name: "Daily database checks",
      items: [{ title: "A" }, { title: "B" }, { title: "C" }],
    });
    expect(audit.after).toMatchObject({
      name: "Items",
      items: [{ title: "C" }, { title: "New" }, { title: "A renamed" }],
    });
  });

  it("refuses item ids of another checklist or listed twice", async () => {
    const other = await getChecklistTemplate({
      db: s.t.db,
      ctx: ctxOf(s.admin),
      input: { slug: "daily-database-checks" },
    });
    const mine = await getChecklistTemplate({ db: s.t.db, ctx: ctxOf(s.admin), input: { slug: "items" } });
    const [first] = mine.items;
    const errors = await fieldErrorsOf(
      updateChecklistTemplate({
        db: s.t.db,
        ctx: ctxOf(s.admin),
        input: {
          slug: "items",
          items: [
            { id: other.items[0]?.id, title: "Stolen" },
            { id: first?.id, title: "One" },
            { id: first?.id, title: "Again" },
          ],
        },
      }),
    );
    expect(errors).toEqual({
      "items.0.id": ["No such item in this checklist"],
      "items.2.id": ["This item is listed twice"],
    });
  });

  it("writes nothing when nothing changes", async () => {
    const before = await getChecklistTemplate({ db: s.t.db, ctx: ctxOf(s.admin), input: { slug: "items" } });
    const audits = await s.t.db.auditLog.count();
    const same = await updateChecklistTemplate({
      db: s.t.db,
      ctx: ctxOf(s.admin),
      input: {
        slug: "items",
        name: before.name,
        cadence: before.cadence,
        items: before.items.map((i) => ({ ...i, evidence: i.evidence as EvidenceRule | null })),
      },
    });
    expect(same).toEqual(before);
    expect(await s.t.db.auditLog.count()).toBe(audits);
  });

  it("refuses a save based on an old copy, and the second of two concurrent saves from one copy", async () => {
    const ctx = ctxOf(s.admin);
    const read = await getChecklistTemplate({ db: s.t.db, ctx, input: { slug: "items" } });
    const saves = await Promise.allSettled(
      ["First", "Second"].map((name) =>
        updateChecklistTemplate({ db: s.t.db, ctx, input: { slug: "items", name, expectedUpdatedAt: read.updatedAt } }),
      ),
    );
    expect(saves.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = saves.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toBeInstanceOf(ConflictError);
    const now = await getChecklistTemplate({ db: s.t.db, ctx, input: { slug: "items" } });
    expect(refused?.status === "rejected" && refused.reason.message).toBe(
      `Someone else changed this checklist at ${now.updatedAt}: reload to see their changes`,
    );
    const stale = updateChecklistTemplate({
      db: s.t.db,
      ctx,
      input: { slug: "items", name: "X", expectedUpdatedAt: read.updatedAt },
    });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
  });

  it("refuses a cadence change once the checklist has runs, and checks dueDay against a new cadence", async () => {
    const ctx = ctxOf(s.admin);
    expect(
      await fieldErrorsOf(updateChecklistTemplate({ db: s.t.db, ctx, input: { slug: "items", cadence: "WEEKLY" } })),
    ).toEqual({
      cadence: ["This checklist has runs: create a new one instead of changing its cadence"],
    });
    await create({ slug: "fresh", cadence: "MONTHLY", dueDay: 20 });
    expect(
      await fieldErrorsOf(updateChecklistTemplate({ db: s.t.db, ctx, input: { slug: "fresh", cadence: "WEEKLY" } })),
    ).toEqual({
      dueDay: ["Use a day from 1 to 7 of the week"],
    });
    const weekly = await updateChecklistTemplate({
      db: s.t.db,
      ctx,
      input: { slug: "fresh", cadence: "WEEKLY", dueDay: 5 },
    });
    expect(weekly).toMatchObject({ cadence: "WEEKLY", dueDay: 5 });
    await expect(
      updateChecklistTemplate({ db: s.t.db, ctx, input: { slug: "missing", name: "X" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("archives and restores once each, refusing a second archive even when two race", async () => {
    const db = s.t.db;
    const ctx = ctxOf(s.admin);
    const now = new Date("2026-11-23T12:00:00.000Z");
    const archives = await Promise.allSettled(
      [1, 2].map(() => archiveChecklistTemplate({ db, ctx, input: { slug: "fresh" }, now })),
    );
    const done = archives.find((r) => r.status === "fulfilled");
    expect(done?.status === "fulfilled" && done.value.archivedAt).toBe(now.toISOString());
    const refused = archives.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toEqual(
      new ConflictError("Checklist fresh is already archived"),
    );
    expect((await restoreChecklistTemplate({ db, ctx, input: { slug: "fresh" } })).archivedAt).toBeNull();
    await expect(restoreChecklistTemplate({ db, ctx, input: { slug: "fresh" } })).rejects.toEqual(
      new ConflictError("Checklist fresh is not archived"),
    );
    const audits = await db.auditLog.findMany({
      where: { action: { in: ["checklist.archive", "checklist.restore"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => [a.action, a.targetType, a.before, a.after])).toEqual([
      [
        "checklist.archive",
        "checklist",
        { slug: "fresh", name: base.name, archivedAt: null },
        { slug: "fresh", name: base.name, archivedAt: now.toISOString() },
      ],
      [
        "checklist.restore",
        "checklist",
        { slug: "fresh", name: base.name, archivedAt: now.toISOString() },
        { slug: "fresh", name: base.name, archivedAt: null },
      ],
    ]);
    await expectAuditClean(db);
  });
});
